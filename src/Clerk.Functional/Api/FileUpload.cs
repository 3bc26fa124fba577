namespace Clerk.Functional.Api;

/// <summary>A file to upload in a multipart form.</summary>
public sealed record FileUpload
{
    /// <summary>Creates an upload.</summary>
    /// <param name="content">The bytes (copied).</param>
    /// <param name="fileName">The file name; <c>blob</c> when null, as a JavaScript <c>Blob</c> is sent.</param>
    /// <param name="contentType">The media type; <c>application/octet-stream</c> when null.</param>
    public FileUpload(byte[] content, string? fileName = null, string? contentType = null)
    {
        Content = content.ToArray();
        FileName = fileName ?? "blob";
        ContentType = contentType ?? "application/octet-stream";
    }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The file name sent in the part's <c>Content-Disposition</c>.</summary>
    public string FileName { get; }

    /// <summary>The part's <c>Content-Type</c>.</summary>
    public string ContentType { get; }

    /// <summary>The upload as a form part named <paramref name="fieldName"/>.</summary>
    /// <param name="fieldName">The form field name.</param>
    public Http.MultipartPart ToPart(string fieldName) => new(fieldName, Content.ToArray(), FileName, ContentType);

    /// <inheritdoc />
    public bool Equals(FileUpload? other) =>
        other is not null && FileName == other.FileName && ContentType == other.ContentType && Content.Span.SequenceEqual(other.Content.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FileName, ContentType, Content.Length);
}

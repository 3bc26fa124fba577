using System;
using System.Linq;
using LanguageExt;

namespace Clerk.Functional.Http;

/// <summary>The body of a request: none, JSON text, or multipart form parts. Equal by value.</summary>
public abstract record RequestBody
{
    private RequestBody() { }

    /// <summary>No body.</summary>
    public static readonly RequestBody None = new Empty();

    /// <summary>No body is sent.</summary>
    public sealed record Empty : RequestBody;

    /// <summary>A JSON body, already serialized (compact, UTF-8 when sent).</summary>
    /// <param name="Text">The JSON text.</param>
    public sealed record Json(string Text) : RequestBody
    {
        /// <inheritdoc />
        public override string ToString() => $"Json({Text.Length} chars)";
    }

    /// <summary>A <c>multipart/form-data</c> body.</summary>
    /// <param name="Parts">The form parts, in order.</param>
    public sealed record Multipart(ValueList<MultipartPart> Parts) : RequestBody;
}

/// <summary>One part of a multipart form: a text field or a file.</summary>
public sealed record MultipartPart
{
    /// <summary>Creates a part.</summary>
    /// <param name="name">The form field name.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="fileName">The file name, for a file part.</param>
    /// <param name="contentType">The part's content type, for a file part.</param>
    public MultipartPart(string name, byte[] content, string? fileName = null, string? contentType = null)
    {
        Name = name;
        Content = content.ToArray();
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The form field name.</summary>
    public string Name { get; }

    /// <summary>The file name, for a file part.</summary>
    public string? FileName { get; }

    /// <summary>The part's content type, for a file part.</summary>
    public string? ContentType { get; }

    /// <summary>The bytes (a copy; the part is immutable).</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <inheritdoc />
    public bool Equals(MultipartPart? other) =>
        other is not null && Name == other.Name && FileName == other.FileName &&
        ContentType == other.ContentType && Content.Span.SequenceEqual(other.Content.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, FileName, ContentType, Content.Length);

    /// <inheritdoc />
    public override string ToString() => $"MultipartPart({Name}, {FileName}, {ContentType}, {Content.Length} bytes)";
}

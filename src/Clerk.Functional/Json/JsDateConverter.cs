using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Json;

/// <summary>
/// Writes a date the way JavaScript's <c>JSON.stringify</c> writes a <c>Date</c>:
/// UTC, millisecond precision, <c>Z</c> suffix (<c>2025-01-02T03:04:05.678Z</c>). Reads any ISO-8601 date.
/// </summary>
public sealed class JsDateConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>The format JavaScript produces.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}

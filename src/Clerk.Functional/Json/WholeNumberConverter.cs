using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Json;

/// <summary>Reads a count that the specification types as a JSON <c>number</c> (the API key and M2M token lists'
/// <c>total_count</c>): an integer as is, a fractional value truncated toward zero, rather than failing the whole page.</summary>
public sealed class WholeNumberConverter : JsonConverter<long?>
{
    /// <inheritdoc />
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt64(out var whole) => whole,
            JsonTokenType.Number when reader.GetDouble() is var d && Math.Abs(d) < 9.2e18 => (long)Math.Truncate(d),
            _ => throw new JsonException("expected a count"),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }
}

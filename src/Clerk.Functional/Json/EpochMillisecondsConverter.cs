using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Json;

/// <summary>
/// Reads a Clerk timestamp, epoch milliseconds (integral or not, as JavaScript numbers may be), into a UTC
/// <see cref="DateTimeOffset"/>, and writes it back as epoch milliseconds (a whole number unless it has a fraction).
/// An ISO-8601 string is read too. A number beyond the dates .NET can hold (before year 1 or after 9999; JavaScript's
/// <c>Date</c> reaches year 275760) reads as <see cref="DateTimeOffset.MinValue"/> or <see cref="DateTimeOffset.MaxValue"/>,
/// so that one absurd timestamp does not make a whole resource undecodable. Anything else is a <see cref="JsonException"/>,
/// which the decoders turn into an undecodable-response error.
/// </summary>
public sealed class EpochMillisecondsConverter : JsonConverter<DateTimeOffset>
{
    private static readonly double MinMs = (DateTimeOffset.MinValue - DateTimeOffset.UnixEpoch).TotalMilliseconds;
    private static readonly double MaxMs = (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).TotalMilliseconds;

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
                ? parsed
                : throw new JsonException("Expected epoch milliseconds or an ISO-8601 date.");
        if (reader.TokenType != JsonTokenType.Number)
            throw new JsonException($"Expected epoch milliseconds, found {reader.TokenType}.");
        if (reader.TryGetInt64(out var whole) && whole >= (long)MinMs && whole <= (long)MaxMs)
            return DateTimeOffset.UnixEpoch.AddTicks(whole * TimeSpan.TicksPerMillisecond);
        var ms = reader.GetDouble();
        return ms <= MinMs ? DateTimeOffset.MinValue
            : ms >= MaxMs ? DateTimeOffset.MaxValue
            : DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(ms * TimeSpan.TicksPerMillisecond));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        var ticks = (value - DateTimeOffset.UnixEpoch).Ticks;
        if (ticks % TimeSpan.TicksPerMillisecond == 0) writer.WriteNumberValue(ticks / TimeSpan.TicksPerMillisecond);
        else writer.WriteNumberValue((double)ticks / TimeSpan.TicksPerMillisecond);
    }
}

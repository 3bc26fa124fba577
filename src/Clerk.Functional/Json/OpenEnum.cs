using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Json;

/// <summary>
/// A string-backed enumeration that accepts values Clerk adds after this SDK was built.
/// Known values are exposed as static members; any other string still decodes.
/// </summary>
/// <typeparam name="TSelf">The concrete enumeration type.</typeparam>
public interface IOpenEnum<TSelf> where TSelf : IOpenEnum<TSelf>
{
    /// <summary>The value exactly as it appears on the wire.</summary>
    string Value { get; }

    /// <summary>Wraps a wire value, known or not.</summary>
    static abstract TSelf From(string value);
}

/// <summary>Reads and writes an <see cref="IOpenEnum{TSelf}"/> as its plain string value.</summary>
/// <typeparam name="T">The enumeration type.</typeparam>
public sealed class OpenEnumConverter<T> : JsonConverter<T> where T : IOpenEnum<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? T.From(reader.GetString()!)
            : throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Json;

/// <summary>
/// A request parameter that is either left out of the request (the default) or sent with a value,
/// where <c>null</c> is a value: it is sent as JSON <c>null</c>, which tells Clerk to clear the field.
/// </summary>
/// <remarks>
/// In C#, an omitted initializer leaves the parameter out and <c>Param = null</c> sends null.
/// In F#, use <see cref="Optional.Of{T}(T)"/> or <see cref="Optional{T}.Unset"/>.
/// </remarks>
/// <typeparam name="T">The parameter's type.</typeparam>
[JsonConverter(typeof(OptionalConverterFactory))]
public readonly record struct Optional<T> : IOptional
{
    private readonly T _value;

    /// <summary>Creates a parameter that is sent with <paramref name="value"/> (which may be null).</summary>
    /// <param name="value">The value to send.</param>
    public Optional(T value)
    {
        _value = value;
        IsSet = true;
    }

    /// <summary>A parameter that is not sent.</summary>
    public static Optional<T> Unset => default;

    /// <summary>True when the parameter is sent.</summary>
    public bool IsSet { get; }

    /// <summary>The value to send; throws when the parameter is unset.</summary>
    public T Value => IsSet ? _value : throw new InvalidOperationException("The parameter is not set.");

    /// <summary>The value when set, otherwise <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The value to return when unset.</param>
    public T ValueOr(T fallback) => IsSet ? _value : fallback;

    object? IOptional.BoxedValue => IsSet ? _value : null;

    /// <summary>Sends <paramref name="value"/>.</summary>
    /// <param name="value">The value to send; null sends JSON null.</param>
    public static implicit operator Optional<T>(T value) => new(value);

    /// <inheritdoc />
    public override string ToString() => IsSet ? $"Set({_value})" : "Unset";
}

/// <summary>Helpers to build <see cref="Optional{T}"/> values without type arguments.</summary>
public static class Optional
{
    /// <summary>A parameter that is sent with <paramref name="value"/>.</summary>
    /// <param name="value">The value; null sends JSON null.</param>
    /// <typeparam name="T">The value's type.</typeparam>
    public static Optional<T> Of<T>(T value) => new(value);
}

/// <summary>Non-generic view of <see cref="Optional{T}"/>, used by serialization.</summary>
public interface IOptional
{
    /// <summary>True when the parameter is sent.</summary>
    bool IsSet { get; }

    /// <summary>The value, boxed; null when unset.</summary>
    object? BoxedValue { get; }
}

/// <summary>Creates converters for <see cref="Optional{T}"/>: a present JSON member is a set parameter, null included.</summary>
public sealed class OptionalConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}

/// <summary>Reads and writes an <see cref="Optional{T}"/> as its inner value.</summary>
/// <typeparam name="T">The inner type.</typeparam>
public sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.TokenType == JsonTokenType.Null
            ? default!
            : JsonSerializer.Deserialize<T>(ref reader, options)!);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options)
    {
        var inner = value.ValueOr(default!);
        if (inner is null) writer.WriteNullValue();
        else JsonSerializer.Serialize(writer, inner, options);
    }
}

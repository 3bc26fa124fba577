using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Clerk.Functional.Api;

namespace Clerk.Conformance;

/// <summary>
/// Binds a vector's JavaScript argument list to a .NET method's parameters: JSON objects become parameter records
/// (camelCase names, matched case-insensitively; snake_case top-level keys are read as their camelCase form),
/// and the vectors' tags become .NET values: <c>$date</c> → DateTimeOffset, <c>$blob</c> → FileUpload,
/// <c>$undefined</c> → the parameter's default, <c>$headers</c> → name/value pairs.
/// </summary>
public static class ArgumentBinder
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { BindByDotNetNames } },
        Converters = { new TaggedDateConverter(), new BlobConverter(), new LooseStringListConverter(), new LooseStringSeqConverter(), new HeadersConverter() },
    };

    public static object?[] Bind(ParameterInfo[] parameters, JsonElement args)
    {
        var values = args.ValueKind == JsonValueKind.Array ? args.EnumerateArray().ToList() : [];
        return parameters.Select((p, i) => BindOne(p, i < values.Count ? values[i] : (JsonElement?)null)).ToArray();
    }

    private static object? BindOne(ParameterInfo parameter, JsonElement? arg)
    {
        if (parameter.ParameterType == typeof(CancellationToken)) return CancellationToken.None;
        if (arg is null || IsUndefined(arg.Value))
            return parameter.HasDefaultValue ? parameter.DefaultValue : null;
        var node = Normalize(JsonNode.Parse(arg.Value.GetRawText()));
        return node.Deserialize(parameter.ParameterType, Options);
    }

    // Parameter records carry wire names ([JsonPropertyName]) and hide some members from the wire ([JsonIgnore]);
    // JavaScript arguments are named after the SDK's parameters, so bind every settable property by its .NET name.
    private static void BindByDotNetNames(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Assembly != typeof(FileUpload).Assembly) return;
        var extension = info.Properties.FirstOrDefault(p => p.IsExtensionData);
        info.Properties.Clear();
        foreach (var property in info.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
        {
            var bound = info.CreateJsonPropertyInfo(property.PropertyType, JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            bound.Set = property.SetValue;
            bound.IsRequired = property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null;
            info.Properties.Add(bound);
        }
        if (extension is not null)
        {
            var getter = info.Type.GetProperty(extension.AttributeProvider is PropertyInfo pi ? pi.Name : "AdditionalProperties")!;
            var bag = info.CreateJsonPropertyInfo(typeof(Dictionary<string, JsonElement>), "$extension");
            bag.IsExtensionData = true;
            bag.Get = o => getter.GetValue(o);
            bag.Set = (o, read) =>
            {
                var target = (Dictionary<string, JsonElement>)getter.GetValue(o)!;
                foreach (var (key, value) in (Dictionary<string, JsonElement>)read!) target[key] = value;
            };
            info.Properties.Add(bag);
        }
    }

    private static bool IsUndefined(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("$undefined", out _);

    // Top-level keys only: nested objects (metadata) keep their keys verbatim.
    private static JsonNode? Normalize(JsonNode? node)
    {
        if (node is not JsonObject obj || obj.ContainsKey("$date") || obj.ContainsKey("$blob")) return node;
        var result = new JsonObject();
        foreach (var (key, value) in obj.ToList())
        {
            obj.Remove(key);
            if (value is JsonObject o && o.ContainsKey("$undefined")) continue;
            result[key.Contains('_') ? CamelCase(key) : key] = value;
        }
        return result;
    }

    private static string CamelCase(string snake)
    {
        var words = snake.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private sealed class TaggedDateConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            // A bare number is epoch milliseconds, as @clerk/backend takes time filters.
            if (doc.RootElement.ValueKind == JsonValueKind.Number) return DateTimeOffset.FromUnixTimeMilliseconds(doc.RootElement.GetInt64());
            var text = doc.RootElement.ValueKind == JsonValueKind.Object
                ? doc.RootElement.GetProperty("$date").GetString()!
                : doc.RootElement.GetString()!;
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }

    // JavaScript callers may pass one string where a list is typed; @clerk/backend sends it as one value
    // (and an empty string as nothing), which is what a one-element (or empty) list sends here.
    private sealed class LooseStringListConverter : JsonConverter<IReadOnlyList<string>>
    {
        public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? (reader.GetString() is { Length: > 0 } s ? [s] : [])
                : JsonSerializer.Deserialize<List<string>>(ref reader, options)!;

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }

    private sealed class LooseStringSeqConverter : JsonConverter<LanguageExt.Seq<string>>
    {
        public override LanguageExt.Seq<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LanguageExt.Prelude.toSeq(new LooseStringListConverter().Read(ref reader, typeof(IReadOnlyList<string>), options));

        public override void Write(Utf8JsonWriter writer, LanguageExt.Seq<string> value, JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }

    // {"$headers": [[name, value], ...]}, a Fetch Headers object, as a name-to-value map.
    private sealed class HeadersConverter : JsonConverter<IReadOnlyDictionary<string, string>>
    {
        public override IReadOnlyDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            var pairs = doc.RootElement.TryGetProperty("$headers", out var h) ? h : doc.RootElement;
            return pairs.ValueKind == JsonValueKind.Array
                ? pairs.EnumerateArray().ToDictionary(p => p[0].GetString()!, p => p[1].GetString()!)
                : pairs.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }

    private sealed class BlobConverter : JsonConverter<FileUpload>
    {
        public override FileUpload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            var blob = doc.RootElement.GetProperty("$blob");
            var text = blob.GetProperty("text").GetString() ?? "";
            var name = blob.TryGetProperty("name", out var n) ? n.GetString() : null;
            var type = blob.TryGetProperty("type", out var t) && t.GetString() is { Length: > 0 } s ? s : null;
            return new FileUpload(System.Text.Encoding.UTF8.GetBytes(text), name, type);
        }

        public override void Write(Utf8JsonWriter writer, FileUpload value, JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }
}

using System.Text;
using System.Text.Json;

namespace Clerk.Conformance;

/// <summary>
/// Checks a sent request against Clerk's OpenAPI specification: an operation with its method and path template
/// exists (<c>/v1</c> left out, literal segments preferred over parameters), every query parameter and body property
/// is declared, and every required one is there. Finds problems; knows nothing of cases.
/// </summary>
public sealed class SpecChecker
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private readonly JsonElement _root;
    private readonly List<Operation> _operations;

    private sealed record Operation(string Method, string Template, string[] Segments, IReadOnlyDictionary<string, bool> Query, JsonElement? RequestBody);

    private sealed record Schema(ISet<string> Properties, ISet<string> Required, bool Open, bool IsArray);

    public SpecChecker(JsonElement root)
    {
        _root = root;
        _operations =
        [
            .. from path in root.GetProperty("paths").EnumerateObject()
               from method in path.Value.EnumerateObject()
               where Methods.Contains(method.Name)
               let parameters = Parameters(path.Value).Concat(Parameters(method.Value)).ToList()
               select new Operation(
                   method.Name.ToUpperInvariant(),
                   path.Name,
                   path.Name.Split('/', StringSplitOptions.RemoveEmptyEntries),
                   parameters.Where(p => Str(p, "in") == "query")
                       .GroupBy(p => Str(p, "name")!)
                       .ToDictionary(g => g.Key, g => g.Any(p => p.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True)),
                   method.Value.TryGetProperty("requestBody", out var body) ? Resolve(body) : null),
        ];
    }

    /// <summary>What is wrong with the request, as one line per problem; empty when the specification allows it.</summary>
    public IReadOnlyList<string> Check(CapturedRequest request)
    {
        var path = request.Path.StartsWith("/v1/", StringComparison.Ordinal) ? request.Path[3..] : request.Path;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var operation = _operations
            .Where(o => o.Method == request.Method && Matches(o.Segments, segments))
            .OrderBy(o => o.Segments.Count(s => s.StartsWith('{')))
            .FirstOrDefault();
        if (operation is null) return [$"no operation {request.Method} {Template(segments)}"];

        var problems = new List<string>();
        var where = $"{operation.Method} {operation.Template}";
        var query = QueryNames(request.RawQuery);
        var undeclared = query.Where(q => !operation.Query.ContainsKey(q)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (undeclared.Count > 0) problems.Add($"query [{string.Join(", ", undeclared)}] not declared on {where}");
        var missing = operation.Query.Where(q => q.Value && !query.Contains(q.Key)).Select(q => q.Key).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0) problems.Add($"required query [{string.Join(", ", missing)}] missing on {where}");
        problems.AddRange(BodyProblems(request, operation, where));
        return problems;
    }

    private IEnumerable<string> BodyProblems(CapturedRequest request, Operation operation, string where)
    {
        if (request.Parts is { } parts)
        {
            if (SchemaOf(operation, "multipart/form-data") is not { } form)
                return [$"a multipart body, but {where} takes none"];
            return PropertyProblems(parts.Select(p => p.Name).ToList(), form, where);
        }
        if (request.Body.Length == 0) return [];
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
            return [$"a {request.ContentType} body on {where}"];
        if (SchemaOf(operation, "application/json") is not { } schema)
            return [$"a JSON body, but {where} declares none"];
        using var json = JsonDocument.Parse(request.Body);
        return json.RootElement.ValueKind switch
        {
            JsonValueKind.Object => PropertyProblems(json.RootElement.EnumerateObject().Select(p => p.Name).ToList(), schema, where),
            JsonValueKind.Array => schema.IsArray ? [] : [$"an array body, but {where} takes an object"],
            _ => [$"a {json.RootElement.ValueKind} body on {where}"],
        };
    }

    private static IEnumerable<string> PropertyProblems(IReadOnlyList<string> sent, Schema schema, string where)
    {
        if (!schema.Open)
        {
            var undeclared = sent.Where(n => !schema.Properties.Contains(n)).Order(StringComparer.Ordinal).ToList();
            if (undeclared.Count > 0) yield return $"body [{string.Join(", ", undeclared)}] not declared on {where}";
        }
        var missing = schema.Required.Where(r => !sent.Contains(r)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0) yield return $"required body [{string.Join(", ", missing)}] missing on {where}";
    }

    private Schema? SchemaOf(Operation operation, string mediaType) =>
        operation.RequestBody is { } body && body.TryGetProperty("content", out var content) &&
        content.TryGetProperty(mediaType, out var media) && media.TryGetProperty("schema", out var schema)
            ? Read(schema)
            : null;

    // Properties of a schema with allOf/oneOf/anyOf merged; open when it allows additional properties or declares none.
    private Schema Read(JsonElement schema)
    {
        schema = Resolve(schema);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("properties", out var p)) properties.UnionWith(p.EnumerateObject().Select(x => x.Name));
        if (schema.TryGetProperty("required", out var r)) required.UnionWith(r.EnumerateArray().Select(x => x.GetString()!));
        var open = schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind != JsonValueKind.False;
        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (!schema.TryGetProperty(combinator, out var parts)) continue;
            foreach (var part in parts.EnumerateArray())
            {
                var inner = Read(part);
                properties.UnionWith(inner.Properties);
                open |= inner.Open;
                if (combinator == "allOf") required.UnionWith(inner.Required);
            }
        }
        var isArray = Str(schema, "type") == "array";
        return new Schema(properties, required, open || (properties.Count == 0 && !isArray), isArray);
    }

    private IEnumerable<JsonElement> Parameters(JsonElement node) =>
        node.TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(Resolve) : [];

    // Follows "$ref": "#/components/..." pointers within the specification.
    private JsonElement Resolve(JsonElement node)
    {
        while (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference))
        {
            var target = _root;
            foreach (var part in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
                target = target.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
            node = target;
        }
        return node;
    }

    private static bool Matches(string[] template, string[] segments) =>
        template.Length == segments.Length &&
        template.Zip(segments, (t, s) => t.StartsWith('{') ? s.Length > 0 : t == Uri.UnescapeDataString(s)).All(ok => ok);

    private static string Template(string[] segments) => "/" + string.Join("/", segments);

    private static List<string> QueryNames(string rawQuery) =>
        rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => Uri.UnescapeDataString(pair.Split('=')[0].Replace('+', ' ')))
            .ToList();

    private static string? Str(JsonElement node, string name) =>
        node.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

using System.Text;

namespace Clerk.Functional.Auth;

/// <summary>
/// The parts of a WHATWG <c>URL</c> the request flow needs: origin, path, and <c>searchParams</c> that re-serialize the query
/// as <c>application/x-www-form-urlencoded</c> (<c>URLSearchParams</c>) once modified.
/// </summary>
internal sealed class RequestUrl
{
    private List<KeyValuePair<string, string>>? _params;
    private readonly string _rawQuery;

    private RequestUrl(string origin, string path, string rawQuery)
    {
        Origin = origin;
        Path = path;
        _rawQuery = rawQuery;
    }

    public string Origin { get; }

    public string Path { get; }

    public string Host => Uri.TryCreate(Origin, UriKind.Absolute, out var u) ? u.Host : "";

    public static RequestUrl? Parse(string? url)
    {
        if (!Uri.TryCreate(url ?? "", UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https")) return null;
        return new RequestUrl(uri.GetLeftPart(UriPartial.Authority), uri.AbsolutePath, uri.Query.Length > 1 ? uri.Query[1..] : "");
    }

    public static RequestUrl WithOrigin(RequestUrl url, string origin) => new(origin.TrimEnd('/'), url.Path, url._rawQuery) { _params = url._params };

    public RequestUrl Clone() => new(Origin, Path, _rawQuery) { _params = _params?.ToList() };

    public IReadOnlyList<KeyValuePair<string, string>> Params => _params ?? ParseQuery(_rawQuery);

    public string? Get(string name) => Params.FirstOrDefault(p => p.Key == name) is { Key: not null } p ? p.Value : null;

    public bool Has(string name) => Params.Any(p => p.Key == name);

    public RequestUrl Delete(string name)
    {
        _params = Params.Where(p => p.Key != name).ToList();
        return this;
    }

    public RequestUrl Append(string name, string value)
    {
        _params = Params.ToList();
        _params.Add(new(name, value));
        return this;
    }

    public RequestUrl Set(string name, string value)
    {
        var list = Params.ToList();
        var index = list.FindIndex(p => p.Key == name);
        if (index < 0) list.Add(new(name, value));
        else
        {
            list[index] = new(name, value);
            for (var i = list.Count - 1; i > index; i--)
                if (list[i].Key == name) list.RemoveAt(i);
        }
        _params = list;
        return this;
    }

    public string Href
    {
        get
        {
            var query = _params is null ? _rawQuery : Serialize(_params);
            return Origin + Path + (query.Length > 0 || (_params is null && _rawQuery.Length > 0) ? "?" + query : "");
        }
    }

    public override string ToString() => Href;

    public static List<KeyValuePair<string, string>> ParseQuery(string query)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=');
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            result.Add(new(FormDecode(name), FormDecode(value)));
        }
        return result;
    }

    public static string Serialize(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join("&", pairs.Select(p => FormEncode(p.Key) + "=" + FormEncode(p.Value)));

    public static string FormEncode(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '*' or '-' or '.' or '_') sb.Append(c);
            else if (c == ' ') sb.Append('+');
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static string FormDecode(string value)
    {
        var bytes = new List<byte>();
        var s = value.Replace('+', ' ');
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}

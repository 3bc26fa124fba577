namespace Clerk.Functional.Auth;

/// <summary>Parses a <c>cookie</c> header like the JS <c>cookie</c> package's <c>parse</c>.</summary>
public static class CookieParser
{
    /// <summary>Pairs split on <c>;</c> and the first <c>=</c>, names and values trimmed, surrounding double quotes removed,
    /// values percent-decoded when they contain <c>%</c> (kept raw when decoding fails); the first occurrence of a name wins.</summary>
    /// <param name="header">The header value, or null.</param>
    public static IReadOnlyDictionary<string, string> Parse(string? header)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(header)) return result;
        foreach (var part in header.Split(';'))
        {
            var eq = part.IndexOf('=');
            if (eq < 0) continue;
            var name = part[..eq].Trim();
            if (name.Length == 0 || result.ContainsKey(name)) continue;
            var value = part[(eq + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = value[1..^1];
            result[name] = value.Contains('%') ? Decode(value) : value;
        }
        return result;
    }

    // decodeURIComponent, keeping the raw value when it is not valid percent-encoded UTF-8.
    private static string Decode(string value)
    {
        try
        {
            var bytes = new List<byte>();
            var sb = new System.Text.StringBuilder();
            var strict = new System.Text.UTF8Encoding(false, true);
            for (var i = 0; i < value.Length;)
            {
                if (value[i] == '%')
                {
                    if (i + 2 >= value.Length || !Uri.IsHexDigit(value[i + 1]) || !Uri.IsHexDigit(value[i + 2])) return value;
                    bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                    i += 3;
                    continue;
                }
                if (bytes.Count > 0) { sb.Append(strict.GetString(bytes.ToArray())); bytes.Clear(); }
                sb.Append(value[i]);
                i++;
            }
            if (bytes.Count > 0) sb.Append(strict.GetString(bytes.ToArray()));
            return sb.ToString();
        }
        catch (System.Text.DecoderFallbackException)
        {
            return value;
        }
    }
}

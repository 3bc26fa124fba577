using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Clerk.Functional.Tokens;

/// <summary>Renders values the way <c>@clerk/backend</c>'s messages do, so that error messages match it verbatim:
/// <c>JSON.stringify</c> for claims and <c>Date.prototype.toUTCString</c> for dates.</summary>
internal static class JsText
{
    /// <summary>JavaScript truthiness of a JSON value: false for <c>null</c>, <c>false</c>, <c>0</c>, <c>""</c> and a missing value;
    /// true for anything else, an empty array or object included.</summary>
    public static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => value.TryGetDouble(out var d) && d != 0,
        JsonValueKind.True or JsonValueKind.Object or JsonValueKind.Array => true,
        _ => false,
    };

    /// <summary><c>JSON.stringify(value)</c>; <c>undefined</c> for a missing value.</summary>
    public static string Stringify(JsonElement? value)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Undefined) return "undefined";
        var sb = new StringBuilder();
        Write(sb, element);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: Quote(sb, element.GetString()!); break;
            case JsonValueKind.Number: sb.Append(Number(element)); break;
            case JsonValueKind.True: sb.Append("true"); break;
            case JsonValueKind.False: sb.Append("false"); break;
            case JsonValueKind.Array:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!firstItem) sb.Append(',');
                    Write(sb, item);
                    firstItem = false;
                }
                sb.Append(']');
                break;
            case JsonValueKind.Object:
                sb.Append('{');
                var firstMember = true;
                foreach (var member in element.EnumerateObject())
                {
                    if (!firstMember) sb.Append(',');
                    Quote(sb, member.Name);
                    sb.Append(':');
                    Write(sb, member.Value);
                    firstMember = false;
                }
                sb.Append('}');
                break;
            default: sb.Append("null"); break;
        }
    }

    // JSON.stringify's string escaping: quote, backslash, the short escapes, other controls as lower-case \u00xx.
    private static void Quote(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }

    // A JSON number as JavaScript prints the double it parses to (Number.prototype.toString): shortest round-trip
    // digits, plain notation for exponents -7 < e < 21, else "1e+21" style; non-finite values print as null.
    private static string Number(JsonElement number)
    {
        if (!double.TryParse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            return "null";
        if (value == 0) return "0";
        // Shortest digits that round-trip.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, n) = Decompose(shortest);
        var k = digits.Length;
        var sign = value < 0 ? "-" : "";
        string body;
        if (k <= n && n <= 21) body = digits + new string('0', n - k);
        else if (0 < n && n <= 21) body = digits[..n] + "." + digits[n..];
        else if (-6 < n && n <= 0) body = "0." + new string('0', -n) + digits;
        else
        {
            var e = n - 1;
            body = digits[..1] + (k > 1 ? "." + digits[1..] : "") + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }
        return sign + body;
    }

    // "1.5E+21" or "123.45" into significant digits and the decimal point's position n (value = 0.digits × 10^n).
    private static (string Digits, int N) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.');
        var intPart = dot >= 0 ? text[..dot] : text;
        var fracPart = dot >= 0 ? text[(dot + 1)..] : "";
        var all = intPart + fracPart;
        var leading = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        var n = intPart.Length - leading + exponent;
        return (digits.Length == 0 ? "0" : digits, n);
    }

    /// <summary><c>JSON.stringify</c> of a list of strings.</summary>
    public static string Stringify(IEnumerable<string> values) =>
        "[" + string.Join(",", values.Select(v => Stringify(JsonSerializer.SerializeToElement(v, Json.ClerkJsonContext.Default.String)))) + "]";

    /// <summary><c>new Date(ms).toUTCString()</c>, e.g. <c>Wed, 31 Dec 2025 23:59:55 GMT</c>.</summary>
    public static string UtcString(double milliseconds)
    {
        if (double.IsNaN(milliseconds) || Math.Abs(milliseconds) > 8.64e15) return "Invalid Date";
        var ms = (long)milliseconds;
        var days = Math.DivRem(ms, 86_400_000L, out var rest);
        if (rest < 0) { rest += 86_400_000L; days--; }
        var (year, month, day) = CivilFromDays(days);
        var weekday = (int)(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday (4)
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        var yearText = year >= 0 ? year.ToString("0000", CultureInfo.InvariantCulture) : "-" + (-year).ToString("000000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{names.AbbreviatedDayNames[weekday]}, {day:00} {names.AbbreviatedMonthNames[month - 1]} {yearText} {rest / 3_600_000:00}:{rest / 60_000 % 60:00}:{rest / 1000 % 60:00} GMT");
    }

    // Howard Hinnant's days-to-civil algorithm (proleptic Gregorian), valid for the whole JavaScript date range.
    private static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var doe = z - era * 146097;
        var yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        var y = yoe + era * 400;
        var doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        var mp = (5 * doy + 2) / 153;
        var d = (int)(doy - (153 * mp + 2) / 5 + 1);
        var m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }
}

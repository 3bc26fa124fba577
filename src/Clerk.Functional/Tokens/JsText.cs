using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clerk.Functional.Tokens;

/// <summary>Renders values the way <c>@clerk/backend</c>'s messages do, so that error messages match it verbatim:
/// <c>JSON.stringify</c> for claims and <c>Date.prototype.toUTCString</c> for dates.</summary>
internal static class JsText
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>JSON.stringify(value)</c>; <c>undefined</c> for a missing value.</summary>
    public static string Stringify(JsonElement? value)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Undefined) return "undefined";
        if (element.ValueKind == JsonValueKind.Number) return element.GetRawText();
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Compact)) element.WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
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

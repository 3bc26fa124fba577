using System.Reflection;
using System.Text;

namespace Clerk.Functional.Json;

/// <summary>Prints a record's members for <c>ToString()</c> with secrets (passwords, tokens, TOTP secrets) left out.</summary>
internal static class Redaction
{
    /// <summary>Appends <c>Name = value</c> for each public property, writing <c>(redacted)</c> for the sensitive ones that hold a value.</summary>
    public static bool PrintMembers(object record, StringBuilder builder, params string[] sensitive)
    {
        var first = true;
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var value = property.GetValue(record);
            var shown = sensitive.Contains(property.Name) && value is not null && value is not IOptional { IsSet: false }
                ? "(redacted)"
                : value?.ToString() ?? "null";
            builder.Append(first ? "" : ", ").Append(property.Name).Append(" = ").Append(shown);
            first = false;
        }
        return true;
    }
}

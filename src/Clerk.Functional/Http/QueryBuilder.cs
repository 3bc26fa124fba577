using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LanguageExt;

namespace Clerk.Functional.Http;

/// <summary>
/// Builds query pairs in order with <c>@clerk/backend</c>'s rules: a value that JavaScript treats as false
/// (null, empty string, <c>false</c>, <c>0</c>) is not sent, and an array sends its key once per element.
/// </summary>
public sealed record QueryBuilder(ValueList<QueryParameter> Pairs)
{
    /// <summary>An empty query.</summary>
    public static readonly QueryBuilder Empty = new(ValueList<QueryParameter>.Empty);

    /// <summary>Adds a string unless it is null or empty.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value.</param>
    public QueryBuilder Add(string name, string? value) =>
        string.IsNullOrEmpty(value) ? this : new(Pairs.Append(new QueryParameter(name, value)));

    /// <summary>Adds a number unless it is null or zero.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value.</param>
    public QueryBuilder Add(string name, long? value) =>
        value is null or 0 ? this : Add(name, value.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <c>true</c> when the flag is true; false and null are not sent.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The flag.</param>
    public QueryBuilder Add(string name, bool? value) => value == true ? Add(name, "true") : this;

    /// <summary>Adds <c>true</c> or <c>false</c> when set: for filters where false means something.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The flag.</param>
    public QueryBuilder AddFlag(string name, bool? value) => value is { } v ? Add(name, v ? "true" : "false") : this;

    /// <summary>Adds the key once per element, in order.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="values">The values; null or empty sends nothing.</param>
    public QueryBuilder Add(string name, IEnumerable<string>? values) =>
        values is null ? this : new(Pairs.Concat(values.Select(v => new QueryParameter(name, v))));

    /// <summary>The pairs.</summary>
    public ValueList<QueryParameter> Build() => Pairs;
}

using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Clerk.Functional;

/// <summary>Builds <see cref="ValueList{T}"/> values; the target of C# collection expressions (<c>[a, b]</c>).</summary>
public static class ValueList
{
    /// <summary>A list of the given items, in order.</summary>
    /// <param name="items">The items.</param>
    /// <typeparam name="T">The item type.</typeparam>
    public static ValueList<T> Create<T>(System.ReadOnlySpan<T> items) => items.IsEmpty ? ValueList<T>.Empty : new(items.ToArray());

    /// <summary>A list of the items of a sequence, in order; empty for null.</summary>
    /// <param name="items">The items.</param>
    /// <typeparam name="T">The item type.</typeparam>
    public static ValueList<T> From<T>(IEnumerable<T>? items) => items switch
    {
        null => ValueList<T>.Empty,
        ValueList<T> list => list,
        _ => items.ToArray() is { Length: > 0 } array ? new(array) : ValueList<T>.Empty,
    };
}

/// <summary>
/// An immutable list compared by value (same items in the same order), so that the request descriptions holding it
/// stay equal by value. A plain <see cref="IReadOnlyList{T}"/> to every caller; C# collection expressions build it
/// correctly (through <see cref="ValueList.Create{T}"/>), and it has no <c>Add</c> whose result could be dropped.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, System.IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    internal ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static readonly ValueList<T> Empty = new([]);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>Whether the list has no items.</summary>
    public bool IsEmpty => _items.Length == 0;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>This list with one more item at the end (a new list; this one is unchanged).</summary>
    /// <param name="item">The item.</param>
    public ValueList<T> Append(T item) => new([.. _items, item]);

    /// <summary>This list followed by <paramref name="items"/> (a new list; this one is unchanged).</summary>
    /// <param name="items">The items to append.</param>
    public ValueList<T> Concat(IEnumerable<T> items) => items is ValueList<T> { IsEmpty: true } ? this : new([.. _items, .. items]);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new System.HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>The items, comma-separated in brackets.</summary>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    /// <summary>Equal by value.</summary>
    /// <param name="left">A list.</param>
    /// <param name="right">Another list.</param>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Not equal by value.</summary>
    /// <param name="left">A list.</param>
    /// <param name="right">Another list.</param>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);
}

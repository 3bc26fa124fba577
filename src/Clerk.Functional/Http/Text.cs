namespace Clerk.Functional.Http;

/// <summary>Checks on caller-supplied text before it goes on the wire.</summary>
internal static class Text
{
    /// <summary>True when every surrogate is part of a pair: a lone surrogate cannot be encoded as UTF-8 and would be
    /// sent as U+FFFD, which names something else.</summary>
    public static bool IsWellFormedUtf16(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return false;
        }
        return true;
    }
}

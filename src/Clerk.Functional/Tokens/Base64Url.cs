namespace Clerk.Functional.Tokens;

/// <summary>Base64url (RFC 4648 §5) as JWTs use it, decoded the way <c>@clerk/backend</c> does: padding optional,
/// any character outside the alphabet, a dangling sextet or non-zero trailing bits is an error.</summary>
public static class Base64Url
{
    /// <summary>Decodes <paramref name="text"/>; false when it is not valid base64url.</summary>
    /// <param name="text">The text.</param>
    /// <param name="bytes">The bytes, when valid.</param>
    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        var end = text.Length;
        while (end > 0 && text[end - 1] == '=') end--;
        var output = new byte[end * 6 / 8];
        int buffer = 0, bits = 0, written = 0;
        for (var i = 0; i < end; i++)
        {
            var value = Sextet(text[i]);
            if (value < 0) return false;
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                output[written++] = (byte)(buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        if (bits >= 6 || buffer != 0) return false;
        bytes = output;
        return true;
    }

    /// <summary>Encodes without padding.</summary>
    /// <param name="bytes">The bytes.</param>
    public static string Encode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static int Sextet(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        '_' => 63,
        _ => -1,
    };
}

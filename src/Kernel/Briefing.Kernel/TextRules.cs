using Microsoft.AspNetCore.Mvc;

namespace Briefing.Kernel;

/// <summary>
/// What text the system accepts. Text is stored exactly as sent: nothing is trimmed or normalised.
/// Refused: control characters other than line breaks and tabs, unpaired surrogates, and the
/// noncharacters U+FFFE and U+FFFF (XML, and so Word, cannot hold them).
/// Lengths count characters (Unicode code points), so a rare CJK character outside the BMP is one.
/// </summary>
public static class TextRules
{
    /// <summary>Null when the text is acceptable, else a 400 problem naming the field.</summary>
    public static ProblemDetails? Check(string field, string? text, int maxLength, bool required) =>
        Reason(field, text, maxLength, required) is { } reason ? Problems.Validation(field, reason) : null;

    private static string? Reason(string field, string? text, int maxLength, bool required)
    {
        if (string.IsNullOrEmpty(text))
        {
            return required ? $"{field} is required and may not be empty." : null;
        }

        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"{field} contains an unpaired surrogate at position {i}.";
            }
            else if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return $"{field} contains the control character U+{(int)c:X4} at position {i}; only line breaks and tabs are allowed.";
            }
            else if (c is '\uFFFE' or '\uFFFF')
            {
                return $"{field} contains the noncharacter U+{(int)c:X4} at position {i}, which no document format can hold.";
            }

            length++;
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            return $"{field} may not be blank.";
        }

        return length > maxLength ? $"{field} is {length} characters; at most {maxLength} are allowed." : null;
    }
}

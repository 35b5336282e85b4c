using System.Text;
using Microsoft.Net.Http.Headers;

namespace Briefing.Kernel;

/// <summary>What the API hands out as files: CSV exports and the Content-Disposition that names them.</summary>
public static class Downloads
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// RFC 6266: an attachment named <paramref name="name"/> in <c>filename*</c> (UTF-8, percent-encoded) and
    /// <paramref name="asciiName"/> in <c>filename</c> for clients that read only ASCII (ASP.NET's own
    /// fallback would be the Chinese name as underscores).
    /// </summary>
    public static string Attachment(string asciiName, string name) =>
        new ContentDispositionHeaderValue("attachment") { FileName = $"\"{asciiName}\"", FileNameStar = name }.ToString();

    /// <summary>A name without the characters Windows refuses in a file name, or control characters.</summary>
    public static string FileNameSafe(string name) =>
        string.Concat(name.Where(c => !char.IsControl(c) && c is not ('\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|')));

    /// <summary>
    /// RFC 4180: the header row, then one line per row, CRLF line ends, a field with a comma, quote or
    /// line break quoted with its quotes doubled; a UTF-8 byte order mark first, so that Excel reads Chinese as UTF-8.
    /// </summary>
    public static string Csv(string header, IEnumerable<IEnumerable<string>> rows)
    {
        var csv = new StringBuilder("\uFEFF").Append(header).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}

namespace Briefing.EditorialReview.Linting.Rules;

/// <summary>Brackets and quotes that do not pair up: （） 【】 《》 “”.</summary>
public static class UnbalancedPairRule
{
    private static readonly Dictionary<char, char> Closers = new() { ['）'] = '（', ['】'] = '【', ['》'] = '《', ['”'] = '“' };

    public static IEnumerable<LintHit> Find(string body)
    {
        var open = new Stack<int>();
        var hits = new List<LintHit>();
        for (var i = 0; i < body.Length; i++)
        {
            if (Closers.ContainsValue(body[i]))
            {
                open.Push(i);
            }
            else if (Closers.TryGetValue(body[i], out var opener))
            {
                if (open.Count > 0 && body[open.Peek()] == opener)
                {
                    open.Pop();
                }
                else
                {
                    hits.Add(new LintHit(i, 1, $"“{body[i]}” closes nothing: its “{opener}” is missing.", null));
                }
            }
        }

        hits.AddRange(open.Select(i => new LintHit(i, 1, $"“{body[i]}” is never closed.", null)));
        return hits;
    }
}

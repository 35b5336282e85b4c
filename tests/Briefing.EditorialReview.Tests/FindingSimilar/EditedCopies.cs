namespace Briefing.EditorialReview.Tests.FindingSimilar;

/// <summary>The same event as another organisation would report it: a sentence of its own in front, every fourth clause reworded.</summary>
public static class EditedCopies
{
    public static string Of(string body)
    {
        var clauses = body.Split('，');
        for (var i = 2; i < clauses.Length; i += 4)
        {
            clauses[i] = "有关负责人介绍了相关情况";
        }

        return "近日，区教委参加了此次活动。" + string.Join("，", clauses);
    }
}

using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Briefing.Submission.Statistics;

/// <summary>
/// The tables the statistics are read from, kept by <see cref="AdoptionProjection"/>: each counted
/// item, and the counts per series, organisation and day in China, and again per month. Plain tables with integer
/// columns, so a year of 300 units sums in one indexed scan; Marten creates them with its own schema
/// objects, and their <c>mt_</c> prefix makes Marten's reset (tests) empty them with the documents.
/// </summary>
public static class AdoptionTables
{
    public const string Schema = SubmissionModule.Name;
    public const string Items = Schema + ".mt_adoption_items";
    public const string Units = Schema + ".mt_adoption_units";
    public const string Daily = Schema + ".mt_adoption_daily";
    public const string Monthly = Schema + ".mt_adoption_monthly";
    public const string Instructions = Schema + ".mt_adoption_instructions";

    public static IReadOnlyList<string> All { get; } = [Items, Units, Daily, Monthly, Instructions];

    /// <summary>The counted columns of <see cref="Daily"/> and <see cref="Monthly"/>.</summary>
    public static IReadOnlyList<string> Counts { get; } = ["submitted", "accepted", "rejected", "published"];

    private static void AddCounts(Table table)
    {
        foreach (var count in Counts)
        {
            table.AddColumn(count, "integer").NotNull().DefaultValueByExpression("0");
        }
    }

    private static PostgresqlObjectName Named(string table) => new(Schema, table, SchemaUtils.IdentifierUsage.General);

    public static IEnumerable<Table> Definitions()
    {
        var items = new Table(Named("mt_adoption_items"));
        items.AddColumn<Guid>("item_id").AsPrimaryKey();
        items.AddColumn<string>("series_id").NotNull();
        items.AddColumn<string>("org_id").NotNull();
        items.AddColumn("submitted_on", "date").NotNull();
        items.AddColumn("accepted", "boolean").NotNull().DefaultValueByExpression("false");
        items.AddColumn("rejected", "boolean").NotNull().DefaultValueByExpression("false");
        items.AddColumn("withdrawn", "boolean").NotNull().DefaultValueByExpression("false");
        items.AddColumn("published_on", "date");
        yield return items;

        // Every organisation that ever had an item in the series: the rows of its statistics.
        var units = new Table(Named("mt_adoption_units"));
        units.AddColumn<string>("series_id").AsPrimaryKey();
        units.AddColumn<string>("org_id").AsPrimaryKey();
        yield return units;

        var daily = new Table(Named("mt_adoption_daily"));
        daily.AddColumn<string>("series_id").AsPrimaryKey();
        daily.AddColumn("day", "date").AsPrimaryKey();
        daily.AddColumn<string>("org_id").AsPrimaryKey();
        AddCounts(daily);
        yield return daily;

        // The same counts by calendar month (its first day), so a year reads 12 rows a unit, not 365.
        var monthly = new Table(Named("mt_adoption_monthly"));
        monthly.AddColumn<string>("series_id").AsPrimaryKey();
        monthly.AddColumn("month", "date").AsPrimaryKey();
        monthly.AddColumn<string>("org_id").AsPrimaryKey();
        AddCounts(monthly);
        yield return monthly;

        var instructions = new Table(Named("mt_adoption_instructions"));
        instructions.AddColumn<string>("series_id").AsPrimaryKey();
        instructions.AddColumn("day", "date").AsPrimaryKey();
        instructions.AddColumn<string>("org_id").AsPrimaryKey();
        instructions.AddColumn<string>("level").AsPrimaryKey();
        instructions.AddColumn("instructions", "integer").NotNull().DefaultValueByExpression("0");
        yield return instructions;
    }
}

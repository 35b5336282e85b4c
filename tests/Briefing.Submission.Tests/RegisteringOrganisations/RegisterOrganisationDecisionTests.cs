using Briefing.Submission.Contracts;
using Briefing.Submission.RegisteringOrganisations;
using Wolverine.Http;
using static Briefing.Submission.Tests.SubmissionItems;

namespace Briefing.Submission.Tests.RegisteringOrganisations;

/// <summary>Registering an organisation decided without a database: given what exists, this command gives this stream or this problem.</summary>
public sealed class RegisterOrganisationDecisionTests
{
    private static readonly RegisterOrganisation Command = new("cqu", "重庆大学", "university", ["重大"]);

    [Fact]
    public void a_new_organisation_starts_its_stream_and_the_other_modules_hear_of_it()
    {
        Assert.Same(WolverineContinue.NoProblems, RegisterOrganisationEndpoint.Validate(Command, existing: null));
        var (created, start, messages) = RegisterOrganisationEndpoint.Post(Command);

        Assert.Equal(Organisation.StreamIdFor("cqu"), start.StreamId);
        var organisation = Assert.IsType<OrganisationCreated>(Assert.Single(start.Events));
        Assert.Equal(("cqu", "重庆大学", "university", "重大"), (organisation.OrgId, organisation.Name, organisation.Kind, Assert.Single(organisation.Aliases)));
        var registered = Assert.IsType<OrganisationRegistered>(Assert.Single(messages));
        Assert.Equal(("cqu", "重庆大学", "university", "重大"), (registered.OrgId, registered.Name, registered.Kind, Assert.Single(registered.Aliases)));
        Assert.Equal(("/api/orgs/cqu", "重庆大学"), (created.Location, created.Value!.Name));
    }

    [Fact]
    public void an_organisation_that_exists_is_a_409()
    {
        var problem = RegisterOrganisationEndpoint.Validate(Command, Organisation("cqu", "重庆大学"));

        Assert.Equal((409, "/problems/already-exists"), (problem.Status, problem.Type));
    }

    [Theory]
    [InlineData("Qijiang", "綦江区", "district", "id")]
    [InlineData("qijiang", "", "district", "name")]
    [InlineData("qijiang", "綦江区", "county", "kind")]
    public void a_bad_body_is_a_400_naming_the_field(string id, string name, string kind, string field) =>
        Assert.Equal([field], RegisterOrganisationEndpoint.Validate(new RegisterOrganisation(id, name, kind, null), Organisation()).Fields());

    [Fact]
    public void names_and_aliases_are_at_most_a_hundred_characters()
    {
        Assert.Same(WolverineContinue.NoProblems, RegisterOrganisationEndpoint.Validate(Command with { Name = new string('名', 100) }, null));
        Assert.Equal(["name"], RegisterOrganisationEndpoint.Validate(Command with { Name = new string('名', 101) }, null).Fields());
        Assert.Equal(["aliases"], RegisterOrganisationEndpoint.Validate(Command with { Aliases = [new string('名', 101)] }, null).Fields());
    }
}

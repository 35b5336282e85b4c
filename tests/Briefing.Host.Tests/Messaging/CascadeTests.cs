using Alba;
using Briefing.Host.Consistency;
using Briefing.Host.Modules;
using Briefing.Host.Tests.Probes;
using Briefing.Host.Tests.Probes.Receiver;
using Briefing.Host.Tests.Probes.Sender;
using Briefing.Testing;
using Wolverine.Attributes;

namespace Briefing.Host.Tests.Messaging;

[Collection(ProbeFixture.Collection)]
public sealed class CascadeTests(ProbeFixture app) : AppTest<ProbeFixture>(app)
{
    [Fact]
    public async Task one_items_messages_keep_their_order_while_different_items_are_handled_at_once()
    {
        ProbeStepHandler.Reset();
        var items = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();

        var answer = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new SendProbeSteps(items, Steps: 5)).ToUrl("/api/probes/steps");
            s.StatusCodeShouldBe(200);
        });

        Assert.False(answer.Context.Response.Headers.ContainsKey(ReadYourWrites.Header));
        var handled = ProbeStepHandler.Handled.ToList(); // all 40 already: the answer waited for them
        Assert.Equal(40, handled.Count);
        foreach (var item in items)
        {
            Assert.Equal([1, 2, 3, 4, 5], handled.Where(step => step.ItemId == item).Select(step => step.Step));
        }

        Assert.True(ProbeStepHandler.MostAtOnce > 1, "different items were handled one at a time");
    }

    [Fact]
    public async Task an_answer_whose_cascade_outlasts_the_bound_comes_at_the_bound_and_says_it_is_pending()
    {
        var answer = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new SendSlowProbe(Guid.NewGuid(), Milliseconds: 5_000)).ToUrl("/api/probes/slow");
            s.StatusCodeShouldBe(200);
        });

        Assert.Equal("pending", answer.Context.Response.Headers[ReadYourWrites.Header].ToString());
    }

    [Fact]
    public async Task an_answer_whose_cascade_a_module_gave_up_on_says_it_failed()
    {
        var answer = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new SendSlowProbe(Guid.NewGuid(), 0)).ToUrl("/api/probes/doomed");
            s.StatusCodeShouldBe(200);
        });

        Assert.Equal("failed", answer.Context.Response.Headers[ReadYourWrites.Header].ToString());
    }

    [Fact]
    public async Task messages_a_failed_attempt_sent_are_not_waited_for_once_its_retry_succeeds()
    {
        ProbeStepHandler.Reset();
        var item = Guid.NewGuid();

        var answer = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new SendSlowProbe(item, 0)).ToUrl("/api/probes/flaky");
            s.StatusCodeShouldBe(200);
        });

        Assert.False(answer.Context.Response.Headers.ContainsKey(ReadYourWrites.Header), "the answer waited for a message that was rolled back");
        Assert.Equal([new ProbeStep(item, 2)], ProbeStepHandler.Handled);
    }

    [Fact]
    public void every_message_between_modules_names_what_it_is_about_so_its_order_is_kept()
    {
        var messages = BriefingModules.All
            .Select(module => System.Reflection.Assembly.Load(module.Assembly.GetName().Name + ".Contracts"))
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type.GetCustomAttributes(typeof(MessageIdentityAttribute), false).Length > 0)
            .ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, type => Assert.Contains(type.GetProperties(), property => ModuleMessaging.GroupProperties.Contains(property.Name)));
    }
}

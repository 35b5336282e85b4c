using System.Text;
using Briefing.Host.Errors;

namespace Briefing.Host.Tests.Errors;

public sealed class JsonObjectBodiesTests
{
    [Theory]
    [InlineData("null", "null")]
    [InlineData("[]", "an array")]
    [InlineData(" [1, {\"a\": [2]}]\n", "an array")]
    [InlineData("\"x\"", "a string")]
    [InlineData("-1.5e3", "a number")]
    [InlineData("true", "a boolean")]
    [InlineData("false", "a boolean")]
    [InlineData("\uFEFFnull", "null")]
    public void a_complete_json_value_other_than_an_object_is_named(string body, string expected) =>
        Assert.Equal(expected, JsonObjectBodies.NotAnObject(Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("{}")]
    [InlineData("  {\"seriesId\": \"x\"}")]
    [InlineData("{\"seriesId\": ")]
    [InlineData("")]
    [InlineData("  \n")]
    [InlineData("nul")]
    [InlineData("[1, ")]
    [InlineData("1 2")]
    [InlineData("null x")]
    public void objects_malformed_and_empty_bodies_are_left_to_the_endpoint(string body) =>
        Assert.Null(JsonObjectBodies.NotAnObject(Encoding.UTF8.GetBytes(body)));
}

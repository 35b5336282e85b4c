using System.Reflection;
using System.Xml.Linq;
using Briefing.Host.Modules;
using Briefing.Testing;

namespace Briefing.ArchitectureTests;

/// <summary>
/// Modules talk only through each other's .Contracts: a module may reference any module's
/// .Contracts, never another module itself, and a .Contracts project references no module.
/// Checked twice: on the compiled assemblies (what the code uses) and on the project files
/// (what a project may use, even before it does).
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string RepositoryRoot = Repository.Root;
    private static readonly string[] Modules = Directory.GetDirectories(Path.Combine(RepositoryRoot, "src", "Modules"))
        .Select(Path.GetFileName).OfType<string>().Order().ToArray();

    public static TheoryData<string> ModuleNames() => new(Modules);

    [Fact]
    public void the_modules_are_in_place() =>
        Assert.Equal(["Audit", "EditorialReview", "Identity", "Publication", "Submission"], Modules);

    [Fact]
    public void the_kernel_references_no_module()
    {
        var modules = Modules.SelectMany(m => new[] { $"Briefing.{m}", $"Briefing.{m}.Contracts" }).ToHashSet();

        Assert.DoesNotContain(CompiledReferences("Briefing.Kernel"), modules.Contains);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void a_module_references_other_modules_only_through_their_contracts(string module)
    {
        var forbidden = Modules.Where(other => other != module).Select(other => $"Briefing.{other}").ToHashSet();

        Assert.DoesNotContain(CompiledReferences($"Briefing.{module}"), forbidden.Contains);
        Assert.DoesNotContain(DeclaredReferences(module, $"Briefing.{module}"), forbidden.Contains);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void a_contracts_assembly_references_no_module(string module)
    {
        var modules = Modules.Select(m => $"Briefing.{m}").ToHashSet();

        Assert.DoesNotContain(CompiledReferences($"Briefing.{module}.Contracts"), modules.Contains);
        Assert.DoesNotContain(DeclaredReferences(module, $"Briefing.{module}.Contracts"), modules.Contains);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void every_module_is_registered_with_the_host(string module) =>
        Assert.Contains(BriefingModules.All, registered => registered.Assembly.GetName().Name == $"Briefing.{module}");

    [Fact]
    public void the_boundary_check_would_see_a_forbidden_reference()
    {
        // The host references every module: if the check could not see references, this would be empty.
        Assert.Contains("Briefing.Submission", CompiledReferences("Briefing.Host"));
    }

    private static IEnumerable<string> CompiledReferences(string assemblyName) =>
        Assembly.Load(new AssemblyName(assemblyName)).GetReferencedAssemblies().Select(name => name.Name!);

    private static IEnumerable<string> DeclaredReferences(string module, string project)
    {
        var file = Path.Combine(RepositoryRoot, "src", "Modules", module, project, $"{project}.csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')));
    }
}

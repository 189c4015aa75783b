using TrustSafety.Analysis;

namespace TrustSafety.Cli.Tests;

public sealed class DetectorAssemblyLoaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_samples_assembly_yields_the_permission_asking_detector()
    {
        var types = DetectorAssemblyLoader.LoadDetectorTypes(CliRun.SampleDetectorsAssembly);

        types.Should().Equal(typeof(Samples.Detectors.PermissionAskingDetector));
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_rejected_by_name()
    {
        var path = _temp.Write("not-an-assembly.dll", "just text");

        var act = () => DetectorAssemblyLoader.LoadDetectorTypes(path);

        act.Should().Throw<CliInputException>().WithMessage("*not-an-assembly.dll*not a .NET assembly*");
    }

    [Fact]
    public void An_assembly_without_detectors_is_rejected()
    {
        var core = typeof(TranscriptAnalyzer).Assembly.Location;

        var act = () => DetectorAssemblyLoader.LoadDetectorTypes(core);

        act.Should().Throw<CliInputException>().WithMessage("*no public, non-abstract class implementing*IMarkerDetector*");
    }

    [Fact]
    public void A_missing_assembly_is_rejected_by_name()
    {
        var act = () => DetectorAssemblyLoader.LoadDetectorTypes(Path.Combine(_temp.FullPath, "Missing.Detectors.dll"));

        act.Should().Throw<CliInputException>().WithMessage("*Missing.Detectors.dll*does not exist*");
    }
}

using BenchmarkDotNet.Running;

namespace Yiwang.Bench;

public static class BenchProgram
{
    public static void Main(string[] args)
    {
        // Timed console runs (not BenchmarkDotNet): a whole workload once, with its baselines in the same run.
        if (args.FirstOrDefault() == "policy-match") { PolicyMatchBench.Run(args); return; }
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
    }
}

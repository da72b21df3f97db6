using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Npgsql;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Read;

namespace Yiwang.Tests.Features.Cases;

/// <summary>
/// A case whose creation returned 201 survives kill -9 of the server: the real server runs as a
/// separate process, is killed with SIGKILL right after the answer, restarted, and the case read back.
/// </summary>
public sealed class CrashSurvivalTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("yiwang-crash-").FullName;
    private readonly string? _pgDatabase = YiwangFactory.PostgresAdmin is null ? null : "t_" + Guid.NewGuid().ToString("N");
    private readonly int _port = FreePort();

    [Fact]
    public async Task Submitted_case_survives_kill_9_and_restart()
    {
        if (_pgDatabase is not null)
        {
            await using var admin = new NpgsqlConnection(YiwangFactory.PostgresAdmin);
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {_pgDatabase}", admin).ExecuteNonQueryAsync();
        }
        string number, promisedNumber;
        using (var server = await StartAsync())
        {
            var client = await SignedInAsync();
            var created = await client.ApplyAsync(new { itemCode = "430800-XK-0005" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            number = (await created.ReadAsync<CaseSummary>()).Number;
            // A 告知承诺书 is part of the application: it commits with the case, not after it.
            var promised = await client.ApplyAsync(new { itemCode = "430800-XK-0005", commitments = new[] { "经营场所使用证明" } });
            Assert.Equal(HttpStatusCode.Created, promised.StatusCode);
            promisedNumber = (await promised.ReadAsync<CaseSummary>()).Number;
            server.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
            await server.WaitForExitAsync();
        }
        using (var server = await StartAsync())
        {
            var view = await (await (await SignedInAsync()).GetAsync($"/api/v1/cases/{number}")).ReadAsync<CaseView>();
            Assert.Equal(CaseStatus.Submitted, view.Status);
            Assert.Equal(CaseAction.Submit, Assert.Single(view.Timeline).Action);
            var given = await (await (await SignedInAsync()).GetAsync($"/api/v1/cases/{promisedNumber}/materials")).ReadAsync<List<Yiwang.Web.Features.Cases.Materials.MaterialView>>();
            var letter = Assert.Single(given, m => m.Trust == MaterialTrust.D);
            Assert.Equal(("经营场所使用证明", MaterialTrust.D), (letter.MaterialName, letter.Trust));
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "enterprise", password = DemoData.Password })).EnsureSuccessStatusCode();
        return client;
    }

    private async Task<Process> StartAsync()
    {
        var config = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        var dll = Path.Combine(root, "src/Yiwang.Web/bin", config, "net10.0/Yiwang.Web.dll");
        var info = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_port}";
        info.Environment["Database__DataDirectory"] = _dataDir;
        info.Environment["Database__SeedDemoData"] = "true";
        info.Environment["Crypto__PersonalDataKey"] = YiwangFactory.PersonalDataKey;
        info.Environment["Crypto__BlindIndexKey"] = YiwangFactory.BlindIndexKey;
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        if (_pgDatabase is not null)
        {
            info.Environment["Database__Provider"] = "Postgres";
            info.Environment["ConnectionStrings__Yiwang"] = new NpgsqlConnectionStringBuilder(YiwangFactory.PostgresAdmin) { Database = _pgDatabase }.ConnectionString;
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"server exited with {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode) return process;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        process.Kill(true);
        throw new TimeoutException("server did not become healthy");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(YiwangFactory.PostgresAdmin);
            admin.Open();
            new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", admin).ExecuteNonQuery();
        }
        try { Directory.Delete(_dataDir, true); } catch (IOException) { }
    }
}

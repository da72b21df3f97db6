using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Accounts;

namespace Yiwang.Tests.Features.Accounts;

/// <summary>A changed security stamp (password reset, account disabled, signed out elsewhere) ends every session at its next request.</summary>
public class SessionStampTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task A_session_ends_at_its_next_request_after_its_stamp_changed()
    {
        var citizen = await app.ClientAsync("citizen");
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/api/v1/cases/mine")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            await users.UpdateSecurityStampAsync((await users.FindByNameAsync("citizen"))!);
        }
        // No validation interval to wait for: the very next request is refused.
        Assert.Equal(HttpStatusCode.Unauthorized, (await citizen.GetAsync("/api/v1/cases/mine")).StatusCode);
    }
}

using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Auth;

namespace Yiwang.Tests.Common.Auth;

public class PolicyTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static ClaimsPrincipal With(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));

    [Fact]
    public void A_duty_is_met_by_the_roles_that_hold_it_and_no_other()
    {
        var clerk = With(StaffRole.WindowClerk);
        Assert.True(clerk.Meets(Policy.AtWindow));
        Assert.True(clerk.Meets(Policy.CaseHandling));
        Assert.False(clerk.Meets(Policy.Approval));
        Assert.False(clerk.Meets(Policy.Oversight));
        var chief = With(StaffRole.ChiefApprover);
        Assert.True(chief.Meets(Policy.AtWindow) && chief.Meets(Policy.Approval) && chief.Meets(Policy.ChiefApproval));
        Assert.False(With(StaffRole.Approver).Meets(Policy.ChiefApproval));
        Assert.False(With().Meets(Policy.DepartmentOrOversight));
    }

    [Fact]
    public async Task Every_policy_is_registered_with_exactly_its_roles()
    {
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        foreach (var name in Policy.All)
        {
            var policy = await provider.GetPolicyAsync(name);
            Assert.NotNull(policy);
            var roles = Assert.Single(policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()).AllowedRoles;
            Assert.Equal(Policy.Roles(name).Order(), roles.Order());
        }
    }

    [Fact]
    public void Pages_name_policies_not_roles()
    {
        var byRole = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<AuthorizeAttribute>().Select(a => (t, a)))
            .Where(x => x.a.Roles is not null || (x.a.Policy is { } p && !Policy.All.Contains(p)))
            .Select(x => x.t.FullName).ToList();
        Assert.True(byRole.Count == 0, "Authorize by a policy of Common/Auth/Policy: " + string.Join(", ", byRole));
    }
}

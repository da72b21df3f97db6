using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;

namespace Yiwang.Tests.Architecture;

/// <summary>
/// Internal and sealed by default. A type of the web app is public only when something that must be
/// public shows it: a Razor component (the router and the renderer need those public) through its
/// parameters or base class, or <c>Program</c> (the test host). A class is sealed unless another
/// derives from it. The test project sees the internals through <c>InternalsVisibleTo</c>.
/// </summary>
public class AccessibilityTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    private static IEnumerable<Type> OwnTypes() => Web.GetTypes().Where(t =>
        t.Namespace?.StartsWith("Yiwang.Web", StringComparison.Ordinal) == true
        && !t.Namespace.Contains(".Migrations", StringComparison.Ordinal) // EF's generated migrations
        && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !t.Name.StartsWith('<') && t.Name != "_Imports");

    [Fact]
    public void A_type_is_public_only_when_a_component_or_the_host_shows_it()
    {
        var roots = OwnTypes().Where(t => t.IsPublic && (typeof(IComponent).IsAssignableFrom(t) || t == typeof(Program))).ToList();
        var needed = new HashSet<Type>(roots);
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var t))
            foreach (var shown in Shown(t).SelectMany(Expand).Where(x => x.Assembly == Web && x.IsVisible))
                if (needed.Add(shown)) queue.Enqueue(shown);
        var needless = OwnTypes().Where(t => t.IsPublic && !needed.Contains(t)).Select(t => t.FullName).Order().ToList();
        Assert.True(needless.Count == 0, "Make these internal (nothing that must be public shows them):\n" + string.Join("\n", needless));
    }

    [Fact]
    public void A_class_is_sealed_unless_another_derives_from_it()
    {
        var types = OwnTypes().ToList();
        var bases = types.Select(t => t.BaseType).OfType<Type>().Select(b => b.IsGenericType ? b.GetGenericTypeDefinition() : b).ToHashSet();
        var open = types.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(IComponent).IsAssignableFrom(t) && t != typeof(Program) && !bases.Contains(t))
            .Select(t => t.FullName).Order().ToList();
        Assert.True(open.Count == 0, "Seal these (nothing derives from them):\n" + string.Join("\n", open));
    }

    /// <summary>The types a type shows to other assemblies: its base, interfaces, and the signatures of its public and protected members.</summary>
    private static IEnumerable<Type> Shown(Type t)
    {
        const BindingFlags members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (t.BaseType is { } b) yield return b;
        foreach (var i in t.GetInterfaces()) yield return i;
        foreach (var p in t.GetProperties(members).Where(p => (p.GetMethod ?? p.SetMethod) is { } m && Visible(m))) yield return p.PropertyType;
        foreach (var f in t.GetFields(members).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly)) yield return f.FieldType;
        foreach (var m in t.GetMethods(members).Where(Visible))
        {
            yield return m.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
        }
        foreach (var c in t.GetConstructors(members).Where(Visible))
            foreach (var p in c.GetParameters()) yield return p.ParameterType;
        foreach (var n in t.GetNestedTypes(BindingFlags.Public)) yield return n;
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static IEnumerable<Type> Expand(Type t)
    {
        if (t.HasElementType) { foreach (var e in Expand(t.GetElementType()!)) yield return e; yield break; }
        if (t.IsGenericParameter) yield break;
        yield return t.IsGenericType ? t.GetGenericTypeDefinition() : t;
        if (t.IsGenericType) foreach (var a in t.GetGenericArguments().SelectMany(Expand)) yield return a;
    }
}

using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Yiwang.Tests.Architecture;

/// <summary>
/// Which feature uses which, read from the compiled web assembly (signatures and method bodies,
/// lambdas and async state machines included, Razor pages too): feature A depends on B when code in
/// <c>Yiwang.Web.Features.A</c> names a type or member of <c>Yiwang.Web.Features.B</c>.
/// </summary>
internal static class FeatureGraph
{
    private const string Prefix = "Yiwang.Web.Features.";

    public static readonly Lazy<Dictionary<string, Dictionary<string, SortedSet<string>>>> Edges = new(Read);

    /// <summary>Feature → feature it uses → the types of the user that do (for the failure message).</summary>
    private static Dictionary<string, Dictionary<string, SortedSet<string>>> Read()
    {
        var module = ModuleDefinition.ReadModule(typeof(Program).Assembly.Location);
        var edges = new Dictionary<string, Dictionary<string, SortedSet<string>>>();
        foreach (var type in module.GetTypes())
        {
            if (FeatureOf(type) is not { } from) continue;
            edges.TryAdd(from, []);
            foreach (var used in Referenced(type))
                if (FeatureOf(used) is { } to && to != from)
                {
                    if (!edges[from].TryGetValue(to, out var by)) edges[from][to] = by = [];
                    by.Add(Outermost(type).FullName);
                }
        }
        return edges;
    }

    public static string? FeatureOf(TypeReference type)
    {
        var ns = Outermost(type).Namespace;
        return ns.StartsWith(Prefix, StringComparison.Ordinal) ? ns[Prefix.Length..].Split('.')[0] : null;
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    private static IEnumerable<TypeReference> Referenced(TypeDefinition type)
    {
        if (type.BaseType is not null) foreach (var t in Expand(type.BaseType)) yield return t;
        foreach (var i in type.Interfaces) foreach (var t in Expand(i.InterfaceType)) yield return t;
        foreach (var f in type.Fields) foreach (var t in Expand(f.FieldType)) yield return t;
        foreach (var p in type.Properties) foreach (var t in Expand(p.PropertyType)) yield return t;
        foreach (var a in type.CustomAttributes) foreach (var t in Expand(a.AttributeType)) yield return t;
        foreach (var m in type.Methods)
        {
            foreach (var t in Expand(m.ReturnType)) yield return t;
            foreach (var p in m.Parameters) foreach (var t in Expand(p.ParameterType)) yield return t;
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) foreach (var t in Expand(v.VariableType)) yield return t;
            foreach (var instruction in m.Body.Instructions)
                foreach (var t in Operand(instruction)) yield return t;
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction i) => i.Operand switch
    {
        TypeReference t => Expand(t),
        MethodReference m => Expand(m.DeclaringType).Concat(Expand(m.ReturnType)).Concat(m.Parameters.SelectMany(p => Expand(p.ParameterType)))
            .Concat(m is GenericInstanceMethod g ? g.GenericArguments.SelectMany(Expand) : []),
        FieldReference f => Expand(f.DeclaringType).Concat(Expand(f.FieldType)),
        _ => [],
    };

    /// <summary>A type and the types inside it (generic arguments, element types of arrays and by-refs).</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType g:
                yield return g.ElementType;
                foreach (var a in g.GenericArguments) foreach (var t in Expand(a)) yield return t;
                break;
            case TypeSpecification s:
                foreach (var t in Expand(s.ElementType)) yield return t;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// How well a notice matches keywords, as a term of a LINQ query on PostgreSQL: <c>ts_rank</c> over the notice's
/// <c>search_vector</c>. That generated column is made by a hand-written migration and is not in the model, so the
/// function is handed the notice's ocid column and ranks the search_vector of the same row. A query that finds the
/// matches can then rank them in the same read, rather than reading each again by its key.
/// </summary>
public static class KeywordRank
{
    /// <summary>The rank of the notice <paramref name="ocid"/> comes from; only for use inside a query.</summary>
    public static double Of(string ocid, string keywords) =>
        throw new InvalidOperationException("KeywordRank.Of can only be used in a query on PostgreSQL.");

    /// <summary>Maps <see cref="Of"/> for PostgreSQL's model.</summary>
    public static void Map(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(KeywordRank).GetMethod(nameof(Of))!).HasTranslation(Translate);

    private static readonly RelationalTypeMapping Float4 = new FloatTypeMapping("real");
    private static readonly RelationalTypeMapping Float8 = new DoubleTypeMapping("double precision");

    private static SqlExpression Translate(IReadOnlyList<SqlExpression> arguments)
    {
        if (arguments[0] is not ColumnExpression ocid)
            throw new InvalidOperationException("KeywordRank.Of needs a notice's ocid column as its first argument.");
        var vector = new ColumnExpression("search_vector", ocid.TableAlias, typeof(string), ocid.TypeMapping, nullable: false);
        var tsquery = new SqlFunctionExpression("websearch_to_tsquery",
            [new SqlFragmentExpression("'english'::regconfig"), arguments[1]], nullable: true, argumentsPropagateNullability: [false, true],
            typeof(string), ocid.TypeMapping);
        var rank = new SqlFunctionExpression("ts_rank", [vector, tsquery], nullable: true, argumentsPropagateNullability: [false, true],
            typeof(float), Float4);
        return new SqlUnaryExpression(ExpressionType.Convert, rank, typeof(double), Float8);
    }
}

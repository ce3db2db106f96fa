using System.Linq.Expressions;

namespace OpenCommissioning.Opportunities;

/// <summary>Joins filter conditions with OR, so a list such as several CPV codes becomes one SQL condition.</summary>
internal static class Predicates
{
    public static Expression<Func<T, bool>> AnyOf<T>(IEnumerable<Expression<Func<T, bool>>> conditions)
    {
        var parameter = Expression.Parameter(typeof(T), "o");
        Expression? body = null;
        foreach (var condition in conditions)
        {
            var rewritten = new Rebind(condition.Parameters[0], parameter).Visit(condition.Body);
            body = body is null ? rewritten : Expression.OrElse(body, rewritten);
        }
        return Expression.Lambda<Func<T, bool>>(body ?? Expression.Constant(false), parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

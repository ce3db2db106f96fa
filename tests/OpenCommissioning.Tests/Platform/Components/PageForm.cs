using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OpenCommissioning.Tests.Platform.Components;

/// <summary>The model a test page binds to.</summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? LegalForm { get; set; }
    public List<string> Services { get; set; } = [];
    public AddressForm Address { get; set; } = new();
    public OpenCommissioning.Platform.Components.DateInputValue Founded { get; set; } = new();
}

public sealed class AddressForm
{
    public string? Postcode { get; set; }
}

/// <summary>A page's view context and ModelState, for testing what <c>asp-for</c> does without a web server.</summary>
public sealed class PageForm<TModel>
{
    private readonly ModelExpressionProvider expressions;
    private readonly ViewDataDictionary<TModel> viewData;

    public PageForm(TModel model)
    {
        var metadata = new EmptyModelMetadataProvider();
        expressions = new ModelExpressionProvider(metadata);
        viewData = new ViewDataDictionary<TModel>(metadata, new ModelStateDictionary()) { Model = model };
        ViewContext = new ViewContext { ViewData = viewData };
    }

    public ViewContext ViewContext { get; }

    public ModelStateDictionary ModelState => viewData.ModelState;

    public ModelExpression For<TValue>(Expression<Func<TModel, TValue>> expression) =>
        expressions.CreateModelExpression(viewData, expression);

    /// <summary>Records what the user posted for a field, as model binding does.</summary>
    public PageForm<TModel> Posted(string key, string value)
    {
        ModelState.SetModelValue(key, value, value);
        return this;
    }

    public PageForm<TModel> Error(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return this;
    }
}

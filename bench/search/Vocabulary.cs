namespace OpenCommissioning.Search.Bench;

/// <summary>A subject of public-sector buying: the words buyers use for it and the CPV code they would choose.</summary>
public sealed record Subject(string Words, string Cpv);

/// <summary>
/// Words that make generated notices read like UK public-sector ones, so that keyword searches hit the spread of
/// matches real searches do: a few very common subjects (care, highways, cleaning), many rarer ones.
/// </summary>
public static class Vocabulary
{
    public static readonly Subject[] Subjects =
    [
        new("domiciliary care services", "85312000"), new("residential care home placements", "85311000"),
        new("supported living for adults with learning disabilities", "85311200"), new("social work services", "85310000"),
        new("community health services", "85323000"), new("mental health support services", "85140000"),
        new("welfare advice services", "85312400"), new("children's social care placements", "85320000"),
        new("highways maintenance", "45233141"), new("road resurfacing works", "45233120"),
        new("gully cleaning and drainage", "90640000"), new("grounds maintenance", "77310000"),
        new("cleaning services", "90910000"), new("office cleaning", "90911200"),
        new("waste collection services", "90511000"), new("waste management and recycling", "90500000"),
        new("street cleansing", "90600000"), new("environmental consultancy", "90700000"),
        new("home to school transport", "60130000"), new("local bus services", "60112000"),
        new("IT managed services", "72000000"), new("software licences and support", "48000000"),
        new("cloud hosting and data services", "72222300"), new("telephony and network services", "64210000"),
        new("computer hardware", "30200000"), new("management consultancy", "79410000"),
        new("business consultancy support", "79400000"), new("training services", "80500000"),
        new("apprenticeship and vocational training", "80530000"), new("recruitment services", "79600000"),
        new("temporary accommodation", "98341000"), new("school catering", "55520000"),
        new("security guarding services", "79710000"), new("building construction", "45210000"),
        new("refurbishment of council buildings", "45453000"), new("mechanical and electrical maintenance", "50700000"),
        new("building installation works", "45300000"), new("joinery and window replacement", "45421000"),
        new("architectural and engineering services", "71000000"), new("engineering design services", "71300000"),
        new("fleet vehicle maintenance", "50112000"), new("refuse collection vehicles", "34144000"),
        new("pharmaceutical supplies", "33600000"), new("health services", "85100000"),
        new("insurance services", "66510000"), new("community services", "75200000"),
        new("advertising and marketing", "79340000"), new("event management services", "79952000"),
        new("youth and community support", "98000000"), new("specialist construction works", "45262000"),
    ];

    public static readonly string[] Openings =
    [
        "Provision of", "Framework agreement for", "Dynamic purchasing system for", "Contract for", "Tender for",
        "Supply of", "Delivery of", "Call-off contract for", "Term contract for", "Pilot of",
    ];

    public static readonly string[] Places =
    [
        "Kent", "Essex", "Surrey", "Hampshire", "Lancashire", "Yorkshire", "Norfolk", "Suffolk", "Devon", "Cornwall",
        "Cumbria", "Durham", "Northumberland", "Leeds", "Sheffield", "Bradford", "Manchester", "Liverpool",
        "Birmingham", "Coventry", "Leicester", "Nottingham", "Derby", "Bristol", "Plymouth", "Southampton",
        "Portsmouth", "Brighton and Hove", "Oxford", "Cambridge", "Reading", "Milton Keynes", "Luton", "Camden",
        "Hackney", "Lambeth", "Southwark", "Croydon", "Barnet", "Ealing", "Newcastle", "Sunderland", "Middlesbrough",
        "Hull", "York", "Lincoln", "Stoke-on-Trent", "Wolverhampton", "Cardiff", "Swansea", "Newport", "Glasgow",
        "Edinburgh", "Aberdeen", "Dundee", "Belfast", "Derry", "Somerset", "Dorset", "Wiltshire", "Gloucestershire",
        "Worcestershire", "Shropshire", "Staffordshire", "Cheshire", "Warwickshire", "Northamptonshire", "Buckinghamshire",
    ];

    public static readonly string[] BuyerKinds =
    [
        "County Council", "City Council", "Borough Council", "District Council", "NHS Foundation Trust",
        "Integrated Care Board", "Police", "Fire and Rescue Service", "Housing Association", "Academy Trust",
        "Combined Authority", "College",
    ];

    public static readonly string[] Sentences =
    [
        "The {buyer} is seeking suitably experienced providers for {subject} across {place}.",
        "The contract will run for an initial period of three years with the option to extend for up to two further years.",
        "Bidders must demonstrate social value commitments, including local employment and apprenticeships.",
        "The service must be delivered in line with the Care Act 2014 and relevant CQC standards.",
        "This opportunity is divided into lots by geographical area; bidders may bid for one or more lots.",
        "Tender documents are available through the buyer's e-tendering portal.",
        "The authority welcomes bids from small and medium-sized enterprises and voluntary sector organisations.",
        "Providers will be expected to work in partnership with health, education and voluntary sector partners.",
        "The estimated value includes all optional extensions and is exclusive of VAT.",
        "A supplier engagement event will be held before the tender is published.",
        "Services include planned and reactive maintenance, with a 24-hour emergency call-out.",
        "The successful supplier will support the council's net zero and carbon reduction targets.",
        "TUPE may apply to staff currently delivering the service.",
        "Key performance indicators will be monitored monthly through contract management meetings.",
        "The requirement covers {subject} for schools, libraries, leisure centres and offices.",
        "Bidders should note that the procurement follows the open procedure under the Procurement Act 2023.",
    ];
}

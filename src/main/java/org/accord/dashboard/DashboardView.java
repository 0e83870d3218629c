package org.accord.dashboard;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.accord.country.Countries;
import org.accord.institution.Institution;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard as the page shows it: figures with the links that explain them, each
 * chart's data as JSON for the script and as rows for its table, and the map's countries
 * shaded by how many partners they hold.
 */
public class DashboardView {

	private static final int COUNTRIES_CHARTED = 15;

	private static final int MAP_SHADES = 5;

	private final Dashboard dashboard;

	private final List<Institution> homes;

	private final List<Countries.Country> countryOptions;

	private final Countries countries;

	private final MessageSource messages;

	private final Locale locale;

	private final JsonMapper json;

	private final WorldMap map;

	// Computed once: a view is kept for its dashboard and language (DashboardViews).

	private final List<Figure> figures;

	private final List<String> signedKindLabels;

	private final List<SignedRow> signedRows;

	private final String signedChart;

	private final List<CountryRow> countryRows;

	private final String countriesChart;

	private final String mapShapes;

	private final List<Dashboard.Flow> flowRows;

	private final String flowsChart;

	private final String topChart;

	private final List<Integer> years;

	DashboardView(Dashboard dashboard, List<Institution> homes, List<Countries.Country> countryOptions,
			Countries countries, MessageSource messages, Locale locale, JsonMapper json, WorldMap map) {
		this.dashboard = dashboard;
		this.homes = homes;
		this.countryOptions = countryOptions;
		this.countries = countries;
		this.messages = messages;
		this.locale = locale;
		this.json = json;
		this.map = map;
		this.figures = List.copyOf(computeFigures());
		this.signedKindLabels = computeSignedKindLabels();
		this.signedRows = List.copyOf(computeSignedRows());
		this.signedChart = computeSignedChart();
		this.countryRows = computeCountryRows();
		this.countriesChart = computeCountriesChart();
		this.mapShapes = drawMapShapes();
		this.flowRows = List.copyOf(computeFlowRows());
		this.flowsChart = computeFlowsChart();
		this.topChart = computeTopChart();
		this.years = computeYears();
	}

	/** The dashboard this view shows. */
	Dashboard dashboard() {
		return this.dashboard;
	}

	public List<Figure> getFigures() {
		return this.figures;
	}

	public List<String> getSignedKindLabels() {
		return this.signedKindLabels;
	}

	public List<SignedRow> getSignedRows() {
		return this.signedRows;
	}

	public String getSignedChart() {
		return this.signedChart;
	}

	public List<CountryRow> getCountryRows() {
		return this.countryRows;
	}

	public String getCountriesChart() {
		return this.countriesChart;
	}

	/**
	 * The map's countries as SVG markup, drawn once per view: each country's outline,
	 * shaded by how many partners it holds, with its name and count as its title.
	 */
	public String getMapShapes() {
		return this.mapShapes;
	}

	public List<Dashboard.Flow> getFlowRows() {
		return this.flowRows;
	}

	public String getFlowsChart() {
		return this.flowsChart;
	}

	public String getTopChart() {
		return this.topChart;
	}

	/** The years of the period, for the table headers. */
	public List<Integer> getYears() {
		return this.years;
	}

	public record Figure(String labelKey, Object argument, long value, String link) {
	}

	public record SignedRow(int year, List<Long> counts, long total) {
	}

	public record CountryRow(String code, String name, long count) {
	}

	public record MapCountry(String code, String name, String path, int shade, long count) {
	}

	public DashboardFilter getFilter() {
		return this.dashboard.filter();
	}

	public List<Institution> getHomes() {
		return this.homes;
	}

	public List<Countries.Country> getCountryOptions() {
		return this.countryOptions;
	}

	public String getComputedAt() {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.format(this.dashboard.computedAt().atOffset(ZoneOffset.UTC));
	}

	public long getFreshForMinutes() {
		return DashboardService.FRESH_FOR.toMinutes();
	}

	public int getThisYear() {
		return this.dashboard.today().getYear();
	}

	/** The last full year, as the heading of the places table names it. */
	public String getLastFullYear() {
		return String.valueOf(getThisYear() - 1);
	}

	private List<Figure> computeFigures() {
		Dashboard.Figures f = this.dashboard.figures();
		DashboardFilter filter = this.dashboard.filter();
		int year = getThisYear();
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("dashboard.figure.partners", null, f.partners(),
				link("/institutions", "partner", true, "partnerOf", filter.home(), "country", filter.country())));
		figures.add(new Figure("dashboard.figure.countries", null, f.countries(),
				link("/institutions", "partner", true, "partnerOf", filter.home(), "country", filter.country())));
		figures.add(new Figure("dashboard.figure.active", null, f.activeAgreements(),
				link("/agreements", "status", "ACTIVE", "party", filter.home(), "country", filter.country())));
		for (int months : new int[] { 3, 6, 12 }) {
			long value = (months == 3) ? f.expiring3() : (months == 6) ? f.expiring6() : f.expiring12();
			figures.add(new Figure("dashboard.figure.expiring", months, value, link("/agreements", "expiring", months,
					"party", filter.home(), "country", filter.country(), "sort", "until", "dir", "asc")));
		}
		figures.add(new Figure("dashboard.figure.offices", null, f.offices(),
				link("/offices", "owner", filter.home(), "country", filter.country())));
		figures.add(new Figure("dashboard.figure.delegations", String.valueOf(year), f.delegationsThisYear(),
				link("/delegations", "year", year, "home", filter.home(), "country", filter.country())));
		figures.add(new Figure("dashboard.figure.exchanged", String.valueOf(year - 1), f.exchangedLastYear(),
				link("/statistics", "year", year - 1, "country", filter.country())));
		return figures;
	}

	private static String link(String path, Object... parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		for (int i = 0; i < parameters.length; i += 2) {
			if (parameters[i + 1] != null) {
				uri.queryParam((String) parameters[i], parameters[i + 1]);
			}
		}
		return uri.build().encode().toUriString();
	}

	// Agreements signed per year, by kind

	private List<String> signedKinds() {
		return this.dashboard.charts().signed().stream().map(Dashboard.SignedCount::kind).distinct().sorted().toList();
	}

	private List<String> computeSignedKindLabels() {
		return signedKinds().stream().map((kind) -> message("agreement.kind." + kind)).toList();
	}

	private List<SignedRow> computeSignedRows() {
		List<String> kinds = signedKinds();
		List<SignedRow> rows = new ArrayList<>();
		for (int year = this.dashboard.filter().from(); year <= this.dashboard.filter().to(); year++) {
			List<Long> counts = new ArrayList<>();
			long total = 0;
			for (String kind : kinds) {
				long count = 0;
				for (Dashboard.SignedCount signed : this.dashboard.charts().signed()) {
					if (signed.year() == year && signed.kind().equals(kind)) {
						count = signed.count();
					}
				}
				counts.add(count);
				total += count;
			}
			rows.add(new SignedRow(year, counts, total));
		}
		return rows;
	}

	private String computeSignedChart() {
		List<SignedRow> rows = this.signedRows;
		List<String> labels = this.signedKindLabels;
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (int k = 0; k < labels.size(); k++) {
			int index = k;
			datasets.add(dataset(labels.get(k), rows.stream().map((row) -> row.counts().get(index)).toList()));
		}
		return chart("bar", rows.stream().map((row) -> String.valueOf(row.year())).toList(), datasets, true, false);
	}

	// Partners by country

	private List<CountryRow> computeCountryRows() {
		return this.dashboard.charts()
			.countries()
			.stream()
			.map((c) -> new CountryRow(c.code(), this.countries.name(c.code()), c.count()))
			.toList();
	}

	private String computeCountriesChart() {
		List<CountryRow> top = this.countryRows.stream().limit(COUNTRIES_CHARTED).toList();
		return chart("bar", top.stream().map(CountryRow::name).toList(),
				List.of(dataset(message("dashboard.chart.partners"), top.stream().map(CountryRow::count).toList())),
				false, true);
	}

	public String getMapViewBox() {
		return WorldMap.VIEW_BOX;
	}

	private String drawMapShapes() {
		StringBuilder svg = new StringBuilder(128 * 1024);
		for (MapCountry c : mapCountries()) {
			svg.append("<g class=\"country shade-")
				.append(c.shade())
				.append("\" data-country=\"")
				.append(HtmlUtils.htmlEscape(c.code()))
				.append("\"><title>")
				.append(HtmlUtils.htmlEscape(c.name() + ": " + c.count()))
				.append("</title><path d=\"")
				.append(HtmlUtils.htmlEscape(c.path()))
				.append("\"></path></g>");
		}
		return svg.toString();
	}

	List<MapCountry> mapCountries() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.dashboard.charts().countries().forEach((c) -> counts.put(c.code(), c.count()));
		long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<MapCountry> shapes = new ArrayList<>();
		this.map.paths().forEach((code, path) -> {
			long count = counts.getOrDefault(code, 0L);
			shapes.add(new MapCountry(code, this.countries.name(code), path, shade(count, most), count));
		});
		return shapes;
	}

	/** 0 for none; 1 to 5 on a logarithmic scale up to the country with most partners. */
	static int shade(long count, long most) {
		if (count <= 0 || most <= 0) {
			return 0;
		}
		double share = Math.log1p(count) / Math.log1p(most);
		return Math.max(1, (int) Math.ceil(share * MAP_SHADES));
	}

	// Students sent and received per year

	private List<Dashboard.Flow> computeFlowRows() {
		Map<Integer, Dashboard.Flow> byYear = new LinkedHashMap<>();
		this.dashboard.charts().flows().forEach((flow) -> byYear.put(flow.year(), flow));
		List<Dashboard.Flow> rows = new ArrayList<>();
		for (int year = this.dashboard.filter().from(); year <= this.dashboard.filter().to(); year++) {
			rows.add(byYear.getOrDefault(year, new Dashboard.Flow(year, 0, 0)));
		}
		return rows;
	}

	private String computeFlowsChart() {
		List<Dashboard.Flow> rows = this.flowRows;
		return chart("line", rows.stream().map((row) -> String.valueOf(row.year())).toList(), List.of(
				dataset(message("dashboard.chart.sent"), rows.stream().map(Dashboard.Flow::sent).toList()),
				dataset(message("dashboard.chart.received"), rows.stream().map(Dashboard.Flow::received).toList())),
				false, false);
	}

	// Top partners

	public List<Dashboard.PartnerActivity> getTopPartners() {
		return this.dashboard.charts().top();
	}

	private String computeTopChart() {
		List<Dashboard.PartnerActivity> top = getTopPartners();
		return chart("bar", top.stream().map(Dashboard.PartnerActivity::name).toList(),
				List.of(series(top, "dashboard.chart.agreements", Dashboard.PartnerActivity::agreements),
						series(top, "dashboard.chart.delegations", Dashboard.PartnerActivity::delegations),
						series(top, "dashboard.chart.exchanged", Dashboard.PartnerActivity::exchanged)),
				true, true);
	}

	private Map<String, Object> series(List<Dashboard.PartnerActivity> rows, String labelKey,
			Function<Dashboard.PartnerActivity, Long> value) {
		return dataset(message(labelKey), rows.stream().map(value).toList());
	}

	public Dashboard.Insights getInsights() {
		return this.dashboard.insights();
	}

	public String kindName(String kind) {
		return message("condition.kind." + kind);
	}

	public String countryName(String code) {
		return this.countries.name(code);
	}

	private static Map<String, Object> dataset(String label, List<?> data) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", label);
		dataset.put("data", data);
		return dataset;
	}

	private String chart(String type, List<String> labels, List<Map<String, Object>> datasets, boolean stacked,
			boolean horizontal) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("labels", labels);
		chart.put("datasets", datasets);
		chart.put("stacked", stacked);
		chart.put("horizontal", horizontal);
		return this.json.writeValueAsString(chart);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

	private List<Integer> computeYears() {
		return new ArrayList<>(new TreeSet<>(this.signedRows.stream().map(SignedRow::year).toList()));
	}

}

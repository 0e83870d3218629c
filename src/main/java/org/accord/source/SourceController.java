package org.accord.source;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.agreement.AgreementService;
import org.accord.delegation.DelegationService;
import org.accord.institution.InstitutionService;
import org.accord.office.OfficeService;
import org.accord.person.PersonRepository;
import org.accord.statistics.StatisticService;
import org.accord.web.ListParams;
import org.accord.web.ListView;
import org.accord.web.SortColumns;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SourceController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.DESC, "published", "publishedOn", "title",
			"title", "publisher", "publisher", "file", "fileName");

	private final SourceService sources;

	private final InstitutionService institutions;

	private final AgreementService agreements;

	private final OfficeService offices;

	private final DelegationService delegations;

	private final StatisticService statistics;

	private final PersonRepository people;

	SourceController(SourceService sources, InstitutionService institutions, AgreementService agreements,
			OfficeService offices, DelegationService delegations, StatisticService statistics,
			PersonRepository people) {
		this.sources = sources;
		this.institutions = institutions;
		this.agreements = agreements;
		this.offices = offices;
		this.delegations = delegations;
		this.statistics = statistics;
		this.people = people;
	}

	@GetMapping("/sources")
	String list(@ModelAttribute("filter") SourceFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		Page<Source> page = this.sources.list(filter, params.toPageable(SORT));
		model.addAttribute("list", ListView.of(page, params, SORT, request));
		model.addAttribute("recordCounts", this.sources.recordCounts(page));
		return "sources/list";
	}

	@GetMapping("/sources/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("source", this.sources.details(id));
		model.addAttribute("shownPerKind", org.accord.web.FirstRows.FROM_SOURCE);
		model.addAttribute("institutions", this.institutions.fromSource(id));
		model.addAttribute("agreements", this.agreements.fromSource(id));
		model.addAttribute("offices", this.offices.fromSource(id));
		model.addAttribute("delegations", this.delegations.fromSource(id));
		model.addAttribute("statistics", this.statistics.fromSource(id));
		model.addAttribute("people", this.people.findBySourceId(id));
		return "sources/detail";
	}

}

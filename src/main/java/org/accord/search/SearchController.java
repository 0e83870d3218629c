package org.accord.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("results", this.search.search(q));
		return "search/results";
	}

}

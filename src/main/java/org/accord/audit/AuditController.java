package org.accord.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.web.ListParams;
import org.accord.web.ListView;
import org.accord.web.SortColumns;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.DESC, "time", "occurredAt", "actor", "actor",
			"action", "action");

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) AuditAction action,
			ListParams params, HttpServletRequest request, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("action", action);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("list",
				ListView.of(this.audit.list(action, q, params.toPageable(SORT)), params, SORT, request));
		return "admin/audit";
	}

}

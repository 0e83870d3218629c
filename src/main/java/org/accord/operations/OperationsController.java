package org.accord.operations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The operations page: how big the database is, and when it was last backed up. */
@Controller
class OperationsController {

	private final OperationsStatus status;

	OperationsController(OperationsStatus status) {
		this.status = status;
	}

	@GetMapping("/admin/operations")
	String show(Model model) {
		model.addAttribute("status", this.status.read());
		return "admin/operations";
	}

}

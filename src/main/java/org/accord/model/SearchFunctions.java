package org.accord.model;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.BasicTypeRegistry;
import org.hibernate.type.StandardBasicTypes;

/**
 * Tells Hibernate the types of the database's search functions (migrations V13, V21), so
 * that queries can use them as a condition and as an order. Registered through
 * {@code META-INF/services}.
 */
public class SearchFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions functions) {
		BasicTypeRegistry types = functions.getTypeConfiguration().getBasicTypeRegistry();
		functions.getFunctionRegistry()
			.namedDescriptorBuilder("accord_matches")
			.setExactArgumentCount(2)
			.setInvariantType(types.resolve(StandardBasicTypes.BOOLEAN))
			.register();
		functions.getFunctionRegistry()
			.namedDescriptorBuilder("accord_matches_in")
			.setExactArgumentCount(3)
			.setInvariantType(types.resolve(StandardBasicTypes.BOOLEAN))
			.register();
		functions.getFunctionRegistry()
			.namedDescriptorBuilder("accord_search_rank")
			.setExactArgumentCount(3)
			.setInvariantType(types.resolve(StandardBasicTypes.INTEGER))
			.register();
	}

}

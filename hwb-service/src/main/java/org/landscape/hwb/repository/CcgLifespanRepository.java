package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.landscape.hwb.domain.CcgLifespan;

@ApplicationScoped
public class CcgLifespanRepository implements PanacheRepositoryBase<CcgLifespan, String> {}

package org.landscape.practice.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.landscape.practice.domain.CcgLifespan;

@ApplicationScoped
public class CcgLifespanRepository implements PanacheRepositoryBase<CcgLifespan, String> {}

package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.landscape.ccg.domain.Region;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {}

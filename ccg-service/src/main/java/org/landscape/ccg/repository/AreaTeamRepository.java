package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.landscape.ccg.domain.AreaTeam;

@ApplicationScoped
public class AreaTeamRepository implements PanacheRepositoryBase<AreaTeam, String> {}

package org.landscape.practice.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.landscape.practice.domain.TransferRequest;

@ApplicationScoped
public class TransferRequestRepository implements PanacheRepositoryBase<TransferRequest, String> {}

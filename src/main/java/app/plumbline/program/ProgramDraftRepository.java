package app.plumbline.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramDraftRepository extends JpaRepository<ProgramDraft, Long> {
}

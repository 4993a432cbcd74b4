package app.limber.content;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleImageRepository extends JpaRepository<ArticleImage, Long> {
}

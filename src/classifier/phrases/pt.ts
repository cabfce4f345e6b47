import type { PhraseBook } from './types.js';

export const pt: PhraseBook = {
  donationAsk: ['faça uma doação', 'faça uma doaçao', 'doe agora', 'doar', 'apoie', 'seu apoio', 'precisamos da sua ajuda', 'torne-se membro', 'seja membro', 'contribua'],
  donationSupport: ['apoio', 'apoiar', 'jornalismo independente', 'independência', 'nosso trabalho', 'nossa redação', 'leitores'],
  appealOpener: ['caro leitor', 'cara leitora', 'caros leitores', 'uma mensagem de', 'obrigado por ler', 'obrigada por ler', 'obrigado pela leitura', 'gostou dest*'],
  appealCloser: ['mais tarde', 'agora não', 'não, obrigado', 'continuar', 'métodos de pagamento', 'mensal'],
  subscriptionOffer: ['assine', 'assine já', 'assinar', 'teste grátis', 'acesso ilimitado', 'oferta especial', 'já é assinante', 'primeiro mês', 'cancele quando quiser', 'sem limites', 'seja assinante', 'torne-se assinante'],
  subscriptionWord: ['assinante', 'assinantes', 'assinatura', 'exclusivo para assinantes', 'por mês', '/mês'],
  paywallWall: ['exclusiv* para assinantes', 'para continuar lendo', 'para continuar a ler', 'continue lendo com', 'para ler esta matéria', 'para ler esta notícia'],
  paywallMeter: ['artigos gratuitos', 'matérias gratuitas', 'você leu #', 'limite de #'],
  paywallRegistration: ['cadastre-se grátis', 'registe-se', 'cadastre-se para continuar', 'crie sua conta', 'crie a sua conta'],
  newsletter: ['boletim', 'inscreva-se', 'no seu email', 'seu e-mail', 'endereço de e-mail', 'na sua caixa de entrada', 'receba'],
  related: ['leia também', 'leia mais', 'veja também', 'relacionadas', 'mais lid*', 'você também pode gostar', 'saiba mais', 'últimas notícias', 'notícias relacionadas', 'artigos relacionados', 'recomendad*', 'mais vist*'],
  readMoreLink: ['leia mais', 'continue lendo', 'ler artigo completo', 'ler mais'],
  comments: ['comentários', 'comentário', 'comente', 'responder', 'deixe um comentário', 'deixe o seu comentário', 'deixe seu comentário'],
  cookie: ['consentimento', 'aceitar todos', 'rejeitar todos', 'privacidade'],
  ad: ['publicidade', 'patrocinad*', 'anúncio'],
  social: ['compartilhar', 'partilhar', 'compartilhe', 'partilhe', 'siga-nos', 'imprimir', 'copiar link', 'compartilhe este artigo', 'partilhe este artigo', 'compartilhe esta notícia', 'partilhe esta notícia'],
  other: ['entrar', 'iniciar sessão', 'inicie sessão', 'já tem conta', 'minha conta', 'cadastre-se', 'notificações', 'tempo de leitura', 'escreva-nos', 'fale conosco', 'ouvir este artigo', 'ouça esta notícia', 'todos os direitos reservados'],
  speechVerb: ['disse', 'afirmou', 'explicou', 'declarou', 'escreveu', 'segundo', 'informou', 'anunciou', 'diz', 'acrescentou', 'recomendou', 'recomenda', 'pediu', 'pede', 'orienta', 'orientou', 'alertou', 'alerta', 'lembra', 'lembrou', 'ressaltou', 'destacou', 'insistiram', 'insistiu', 'prometeu', 'ressalta'],
  firstPersonPlural: ['nós', 'nosso', 'nossa', 'nossos', 'nossas', 'precisamos', 'fazemos', 'somos'],
  secondPerson: ['você', 'vocês', 'seu', 'sua', 'seus', 'suas', 'tu', 'teu', 'tua', 'te'],
};

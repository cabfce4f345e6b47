import type { PhraseBook } from './types.js';

export const pt: PhraseBook = {
  donationAsk: ['faça uma doação', 'faça uma doaçao', 'doe agora', 'doar', 'apoie', 'seu apoio', 'precisamos da sua ajuda', 'torne-se membro', 'seja membro', 'contribua'],
  donationSupport: ['apoio', 'apoiar', 'jornalismo independente', 'independência', 'nosso trabalho', 'nossa redação', 'leitores'],
  appealOpener: ['caro leitor', 'cara leitora', 'caros leitores', 'uma mensagem de', 'obrigado por ler', 'obrigada por ler', 'obrigado pela leitura'],
  appealCloser: ['mais tarde', 'agora não', 'não, obrigado', 'continuar', 'métodos de pagamento', 'mensal'],
  subscriptionOffer: ['assine', 'assine já', 'assinar', 'assinatura', 'teste grátis', 'por mês', '/mês', 'acesso ilimitado', 'oferta', 'já é assinante'],
  subscriptionWord: ['assinante', 'assinantes', 'assinatura', 'exclusivo para assinantes'],
  paywallWall: ['exclusivo para assinantes', 'para continuar lendo', 'para continuar a ler', 'continue lendo com', 'para ler esta matéria'],
  paywallMeter: ['artigos gratuitos', 'matérias gratuitas', 'você leu', 'limite de'],
  paywallRegistration: ['cadastre-se grátis', 'registe-se', 'cadastre-se para continuar', 'crie sua conta', 'crie a sua conta'],
  newsletter: ['boletim', 'inscreva-se', 'no seu email', 'seu e-mail', 'endereço de e-mail', 'na sua caixa de entrada', 'receba'],
  related: ['leia também', 'leia mais', 'veja também', 'relacionadas', 'mais lidas', 'mais lidos', 'você também pode gostar', 'saiba mais'],
  readMoreLink: ['leia mais', 'continue lendo', 'ler artigo completo', 'ler mais'],
  comments: ['comentários', 'comentário', 'comente', 'responder', 'deixe um comentário', 'deixe o seu comentário'],
  cookie: ['consentimento', 'aceitar todos', 'rejeitar todos', 'privacidade'],
  ad: ['publicidade', 'patrocinado', 'anúncio'],
  social: ['compartilhar', 'partilhar', 'compartilhe', 'partilhe', 'siga-nos', 'imprimir', 'copiar link', 'compartilhe este artigo', 'partilhe este artigo', 'compartilhe esta notícia', 'partilhe esta notícia'],
  other: ['entrar', 'iniciar sessão', 'minha conta', 'cadastre-se', 'notificações', 'tempo de leitura', 'escreva-nos', 'fale conosco'],
  speechVerb: ['disse', 'afirmou', 'explicou', 'declarou', 'escreveu', 'segundo'],
  firstPersonPlural: ['nós', 'nosso', 'nossa', 'nossos', 'nossas', 'precisamos'],
  secondPerson: ['você', 'vocês', 'seu', 'sua', 'seus', 'suas', 'tu', 'teu', 'tua'],
};
